package dev.wscope.engine.doctor;

import dev.wscope.core.diagnosis.DoctorStep;
import dev.wscope.core.diagnosis.ProbeResult;
import dev.wscope.core.diagnosis.RawRequest;
import dev.wscope.core.diagnosis.RawResponse;
import dev.wscope.core.diagnosis.StepStatus;
import dev.wscope.core.diagnosis.Variation;
import dev.wscope.core.request.TlsOptions;
import dev.wscope.engine.tls.TlsContexts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends variations of a refused upgrade request, each on a fresh connection to the same address, and records
 * each as a step, so the verdict rests on the answer a variation changed. Each probe is bounded by the handshake
 * timeout, and all of them together by one more: probing adds at most one timeout to the doctor's worst case.
 */
final class DifferentialProbe {
    private final Target target;
    private final InetAddress address;
    private final TlsContexts.Trust trust;
    private final TlsOptions tls;
    private final int timeout;

    /** trust: the examination's TLS context for a wss:// address (null for ws://), so no probe reads its files again. */
    DifferentialProbe(Target target, InetAddress address, TlsContexts.Trust trust, TlsOptions tls, int timeout) {
        this.target = target;
        this.address = address;
        this.trust = trust;
        this.tls = tls;
        this.timeout = timeout;
    }

    /** Sends the plan in order until one is accepted or one gets no answer; each probe's step goes into steps. */
    List<ProbeResult> run(RawRequest exact, List<Variation> plan, RawResponse first, List<DoctorStep> steps) {
        long end = System.nanoTime() + timeout * 1_000_000L;
        List<ProbeResult> results = new ArrayList<>();
        for (Variation variation : plan) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                steps.add(new DoctorStep(variation.stepName(), StepStatus.SKIPPED, 0,
                        "not sent: the probes' " + timeout + " ms were spent"));
                continue;
            }
            long start = System.nanoTime();
            ProbeResult result = send(variation, variation.applyTo(exact), (int) Math.min(timeout, left));
            steps.add(new DoctorStep(variation.stepName(), result.accepted() ? StepStatus.OK : StepStatus.FAILED,
                    (System.nanoTime() - start) / 1_000_000, result.detail() + comparedWith(result, first)));
            results.add(result);
            if (result.accepted() || result.answer() == null) {
                break; // the cause is found, or the server stopped answering: more probes would tell nothing
            }
        }
        return results;
    }

    private static String comparedWith(ProbeResult result, RawResponse first) {
        if (result.answer() == null) {
            return "";
        }
        return result.accepted() ? " (accepted)" : result.answer().status() == first.status() ? " (the same answer)"
                : " (changed from " + first.status() + ")";
    }

    private ProbeResult send(Variation variation, RawRequest request, int millis) {
        Socket socket = new Socket();
        StageDeadline deadline = StageDeadline.arm(socket, millis);
        try {
            socket.connect(new InetSocketAddress(address, target.dialPort()), millis);
            socket.setSoTimeout(millis);
            if (target.proxy() != null) {
                ProxyTunnel.open(socket, target);
            }
            Socket channel = target.secure() ? TlsChannel.open(socket, target, trust, tls) : socket;
            channel.getOutputStream().write(UpgradeRequest.bytes(request));
            channel.getOutputStream().flush();
            RawResponse answer = HttpResponseReader.read(channel.getInputStream());
            if (answer.status() == 101) {
                channel.getOutputStream().write(ClientFrames.close(1000, "wscope doctor probe"));
            }
            return new ProbeResult(variation, answer, null);
        } catch (StepFailure e) {
            return new ProbeResult(variation, null, e.detail());
        } catch (IOException e) {
            return new ProbeResult(variation, null, deadline.expired() ? "no whole answer within " + millis + " ms"
                    : "no answer: " + e.getMessage());
        } finally {
            deadline.close();
            Examination.closeQuietly(socket);
        }
    }
}
