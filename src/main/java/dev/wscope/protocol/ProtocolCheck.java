package dev.wscope.protocol;

import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.Diagnosis;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.DoctorStep;
import dev.wscope.core.diagnosis.StepStatus;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.session.Connection;
import dev.wscope.session.Examiner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The doctor for a request that speaks a protocol: the address examined is the one the protocol dials (Socket.IO's
 * /socket.io/?EIO=4&transport=websocket), and when the WebSocket is healthy, a last step opens the protocol's own
 * session (CONNECT, connection_init, welcome) and names a refusal in the server's words (protocol-rejected).
 * A raw request goes to the doctor as it is. Blocks for at most a few timeouts: off the FX thread.
 */
public final class ProtocolCheck implements Examiner {
    private final Examiner doctor;
    private final ProtocolConnector connector;

    public ProtocolCheck(Examiner doctor, ProtocolConnector connector) {
        this.doctor = doctor;
        this.connector = connector;
    }

    @Override
    public DoctorReport examine(ConnectRequest request) {
        ProtocolSetup protocol = request.options().protocol();
        if (protocol.isRaw()) {
            return doctor.examine(request);
        }
        ProtocolDriver driver;
        try {
            driver = Protocols.driver(protocol, new SessionTimeline());
        } catch (IllegalArgumentException notSpoken) {
            return doctor.examine(request);
        }
        DoctorReport report = doctor.examine(driver.prepare(request).withOptions(request.options()
                .withProtocol(ProtocolSetup.raw())));
        if (report.ok()) {
            return withStep(report, protocolStep(request));
        }
        if (report.diagnosis().cause() == Cause.CLOSED_AT_ONCE) {
            // a protocol refusing at once (Action Cable's disconnect, Socket.IO's connect_error) closes right after
            // saying why: its own words name the cause better than "closed at once"
            Outcome outcome = protocolStep(request);
            if (outcome.refusedByServer()) {
                return withStep(report, outcome);
            }
        }
        return report;
    }

    /** refusedByServer: the protocol's own refusal, in the server's words (not a silence or a drop). */
    private record Outcome(DoctorStep step, Diagnosis diagnosis, boolean refusedByServer) {
    }

    /** Opens the protocol's session on a connection of its own, then closes it. */
    private Outcome protocolStep(ConnectRequest request) {
        String name = "protocol: " + request.options().protocol().kind().id();
        String title = request.options().protocol().kind().title();
        long timeout = request.options().handshakeTimeoutMillis();
        long start = System.nanoTime();
        Connection connection = null;
        try {
            connection = connector.connect(request, new SessionTimeline()).get(timeout, TimeUnit.MILLISECONDS);
            ((ProtocolConnection) connection).ready().get(timeout, TimeUnit.MILLISECONDS);
            return new Outcome(new DoctorStep(name, StepStatus.OK, millisSince(start), "the " + title + " session opened"),
                    null, false);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProtocolRejected rejected) {
                // the driver's words already say who refused what, in the server's words, and what to try
                return refused(name, start, rejected.getMessage(), request, true);
            }
            return refused(name, start, "The " + title + " session did not open: " + e.getCause().getMessage(), request,
                    false);
        } catch (TimeoutException e) {
            return refused(name, start, "The WebSocket opened but the server did not open the " + title + " session"
                    + " within " + timeout + " ms.", request, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return refused(name, start, "The check was interrupted.", request, false);
        } finally {
            closeQuietly(connection);
        }
    }

    private static Outcome refused(String name, long start, String summary, ConnectRequest request, boolean byServer) {
        return new Outcome(new DoctorStep(name, StepStatus.FAILED, millisSince(start), summary),
                new Diagnosis(Cause.PROTOCOL_REJECTED, summary, ProtocolFixes.of(request.options().protocol().kind())),
                byServer);
    }

    private static DoctorReport withStep(DoctorReport report, Outcome outcome) {
        List<DoctorStep> steps = new ArrayList<>(report.steps());
        steps.add(outcome.step());
        return new DoctorReport(report.url(), report.insecure(), steps, outcome.diagnosis(), report.request(),
                report.response(), report.tls());
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close(1000, "");
        } catch (Exception e) {
            // the check is over either way; the socket goes with the connection's client
        }
    }
}
