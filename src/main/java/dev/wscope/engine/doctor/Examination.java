package dev.wscope.engine.doctor;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.CertificateInfo;
import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.Diagnosis;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.DoctorStep;
import dev.wscope.core.diagnosis.ProbePlan;
import dev.wscope.core.diagnosis.ProbeResult;
import dev.wscope.core.diagnosis.ProbeVerdict;
import dev.wscope.core.diagnosis.ProxySignature;
import dev.wscope.core.diagnosis.RawRequest;
import dev.wscope.core.diagnosis.RawResponse;
import dev.wscope.core.diagnosis.StepStatus;
import dev.wscope.core.diagnosis.TlsInfo;
import dev.wscope.core.diagnosis.UpgradeRules;
import dev.wscope.core.diagnosis.Variation;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.UrlCheck;
import dev.wscope.core.request.WsUrl;
import dev.wscope.core.variables.UrlCredentials;
import dev.wscope.engine.tls.Certificates;
import dev.wscope.engine.tls.TlsContexts;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSocket;

/** One run of the doctor: walks the steps in order, stops at the first failure, and writes the report. */
final class Examination {
    private static final List<String> STEPS = List.of("dns", "tcp", "tls", "upgrade", "websocket");

    private final ConnectRequest request;
    private final Audience audience;
    private final NameLookup names;
    private final int timeout;
    private final List<DoctorStep> steps = new ArrayList<>();
    private String url;
    private RawRequest sent;
    private RawResponse answer;
    /** The TLS context of a wss:// examination, made once: the probes reuse it. */
    private TlsContexts.Trust trust;
    private TlsInfo tls;
    private long stepStart;
    private InetAddress address;
    private UpgradeRequest upgrade;

    Examination(ConnectRequest request, Audience audience) {
        this(request, audience, NameLookup.system());
    }

    Examination(ConnectRequest request, Audience audience, NameLookup names) {
        this.names = names;
        this.request = request;
        this.audience = audience;
        this.timeout = request.options().handshakeTimeoutMillis();
        this.url = UrlCredentials.masked(request.url());
    }

    DoctorReport run() {
        UrlCheck check = WsUrl.check(request.url());
        if (!check.ok()) {
            return report(new Diagnosis(Cause.INVALID_URL, check.error() + ".", check.suggestion() == null
                    ? "Write the address as ws://host[:port]/path or wss://host[:port]/path."
                    : "Use " + check.suggestion()));
        }
        url = UrlCredentials.masked(check.uri().toString());
        Target target = Target.of(check.uri(), request.options().proxy());
        try {
            address = resolve(target);
            try (Socket socket = connect(target, address)) {
                Socket channel = target.secure() ? handshakeTls(socket, target) : skipTls(socket);
                upgrade(target, channel);
                listenAndClose(channel);
            }
            return report(null);
        } catch (StepFailure failure) {
            steps.add(new DoctorStep(failure.step(), StepStatus.FAILED, elapsed(), failure.detail()));
            for (String later : STEPS.subList(STEPS.indexOf(failure.step()) + 1, STEPS.size())) {
                steps.add(new DoctorStep(later, StepStatus.SKIPPED, 0, "not reached"));
            }
            return report(probed(target, failure.diagnosis()));
        } catch (IOException closing) {
            return report(null); // only closing the socket can land here, after every step passed
        }
    }

    private InetAddress resolve(Target target) throws StepFailure {
        begin();
        String host = target.dialHost();
        try {
            InetAddress address = names.first(host, timeout);
            passed("dns", (target.proxy() == null ? "" : "proxy ") + host + " is " + address.getHostAddress());
            return address;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new StepFailure("dns", "no answer for " + host + " within " + timeout + " ms", new Diagnosis(
                    Cause.DNS_FAILURE, "DNS did not answer for " + host + " within the " + timeout + " ms timeout.",
                    "Check that this machine's DNS server answers (try: getent hosts " + host + "), or use the"
                            + " address itself."));
        } catch (UnknownHostException e) {
            throw new StepFailure("dns", "no address for " + host, new Diagnosis(Cause.DNS_FAILURE,
                    "The host name " + host + " does not resolve: DNS has no address for it.",
                    "Check the spelling of the host. For an internal name, check that this machine uses the right"
                            + " DNS server or VPN (try: getent hosts " + host + ")."));
        }
    }

    private Socket connect(Target target, InetAddress address) throws StepFailure {
        begin();
        String where = target.dialHost() + ":" + target.dialPort();
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, target.dialPort()), timeout);
            socket.setSoTimeout(timeout);
            if (target.proxy() != null) {
                ProxyTunnel.open(socket, target);
            }
            passed("tcp", "connected to " + address.getHostAddress() + ":" + target.dialPort()
                    + (target.proxy() == null ? "" : ", tunnel to " + target.authority() + " open"));
            return socket;
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new StepFailure("tcp", "no answer within " + timeout + " ms", new Diagnosis(Cause.CONNECT_TIMEOUT,
                    "The TCP connection to " + where + " did not open within " + timeout
                            + " ms: a firewall drops the packets, or the host is down or unreachable.",
                    "Check firewalls and security groups for port " + target.dialPort() + ", and that the host is up."));
        } catch (IOException e) {
            closeQuietly(socket);
            throw new StepFailure("tcp", e.getMessage(), new Diagnosis(Cause.CONNECTION_REFUSED,
                    "Nothing accepts connections at " + where + ": the server is not running, listens on"
                            + " another port, or listens only on another interface.",
                    "Start the server or correct the port. On the server, `ss -ltnp | grep :" + target.dialPort()
                            + "` shows what listens; a server bound to 127.0.0.1 cannot be reached from other machines."));
        } catch (StepFailure failure) {
            closeQuietly(socket);
            throw failure;
        }
    }

    private Socket skipTls(Socket socket) {
        steps.add(new DoctorStep("tls", StepStatus.SKIPPED, 0, "ws:// has no TLS"));
        return socket;
    }

    private Socket handshakeTls(Socket plain, Target target) throws StepFailure {
        begin();
        try {
            trust = TlsContexts.create(request.options().tls());
        } catch (Exception e) {
            throw new StepFailure("tls", e.getMessage(), new Diagnosis(Cause.TLS_HANDSHAKE_FAILURE,
                    "The TLS settings cannot be used: " + e.getMessage() + ".", "Check the CA file (PEM) and the client certificate files (PKCS#12 with its password, or PEM certificate and key)."));
        }
        try (StageDeadline deadline = StageDeadline.arm(plain, timeout)) {
            return handshakeTls(plain, target, trust, deadline);
        }
    }

    private Socket handshakeTls(Socket plain, Target target, TlsContexts.Trust trust, StageDeadline deadline)
            throws StepFailure {
        try {
            SSLSocket ssl = TlsChannel.open(plain, target, trust, request.options().tls());
            tls = new TlsInfo(ssl.getSession().getProtocol(), ssl.getSession().getCipherSuite(), chain(trust));
            passed("tls", tls.protocol() + ", " + tls.cipher());
            return ssl;
        } catch (IOException e) {
            tls = new TlsInfo(null, null, chain(trust));
            if (deadline.expired()) { // a silent port is TlsFailures' to name, as a read timeout
                throw new StepFailure("tls", "no whole TLS handshake within " + timeout + " ms", new Diagnosis(
                        Cause.TLS_HANDSHAKE_FAILURE, "The TCP connection opened but the TLS handshake did not finish within "
                        + timeout + " ms: a port that serves plain ws:// never answers TLS.",
                        "If the port serves plain WebSocket, use ws://; otherwise raise the timeout for a slow server."));
            }
            throw new StepFailure("tls", e.getMessage(),
                    TlsFailures.classify(e, trust.lastChain(), target.host(), audience));
        }
    }

    private void upgrade(Target target, Socket channel) throws StepFailure {
        begin();
        upgrade = UpgradeRequest.build(request, target.uri(), target.host(), target.port(), target.secure());
        sent = upgrade.raw();
        String where = target.host() + ":" + target.port();
        try (StageDeadline deadline = StageDeadline.arm(channel, timeout)) {
            try {
                channel.getOutputStream().write(upgrade.bytes());
                channel.getOutputStream().flush();
                answer = HttpResponseReader.read(channel.getInputStream());
            } catch (IOException e) {
                throw upgradeFailure(e, deadline.expired() || e instanceof SocketTimeoutException, where, target);
            }
        }
        Optional<Diagnosis> verdict = UpgradeRules.diagnose(sent, answer, request.subprotocols(), upgrade.expectedAccept());
        // the step shows the evidence of the proxy the cause and the fix are about
        String through = ProxySignature.identify(answer).map(proxy -> ", through " + proxy.description()).orElse("");
        if (verdict.isPresent()) {
            throw new StepFailure("upgrade", answer.status() + " " + answer.reason() + through, verdict.get());
        }
        passed("upgrade", "101 " + answer.reason() + through);
    }

    /** After an ambiguous refusal, the differential probes (each a step after the five) and the verdict on them. */
    private Diagnosis probed(Target target, Diagnosis verdict) {
        List<Variation> plan = answer == null ? List.of() : ProbePlan.of(sent, answer, verdict, target.secure());
        if (plan.isEmpty()) {
            return verdict;
        }
        List<ProbeResult> results = new DifferentialProbe(target, address, trust, request.options().tls(), timeout)
                .run(upgrade.exact(), plan, answer, steps);
        return ProbeVerdict.judge(sent, answer, verdict, results);
    }

    private StepFailure upgradeFailure(IOException e, boolean timedOut, String where, Target target) {
        if (timedOut) {
            return new StepFailure("upgrade", "no whole answer within " + timeout + " ms", new Diagnosis(
                    Cause.HANDSHAKE_TIMEOUT, "The connection to " + where + " opened but the server sent no whole"
                    + " answer to the upgrade request within " + timeout + " ms.",
                    "Check that an HTTP/WebSocket server (not some other TCP service) listens there and is not stuck;"
                            + (target.secure() ? "" : " if the port expects TLS, use wss://;")
                            + " raise the timeout for a slow server."));
        }
        if (e instanceof EOFException) {
            return new StepFailure("upgrade", e.getMessage(), new Diagnosis(Cause.NOT_UPGRADED,
                    "The server closed the connection without answering the upgrade request.", tlsHint(target)));
        }
        return new StepFailure("upgrade", e.getMessage(), new Diagnosis(Cause.NOT_UPGRADED,
                "The server's answer is not HTTP (" + e.getMessage() + ").", tlsHint(target)));
    }

    private static String tlsHint(Target target) {
        return target.secure() ? "Check what service listens on this port and its log for this request."
                : "If the port expects TLS, use wss://; otherwise check the server's log for this request.";
    }

    /** The WebSocket step: what the server sends in the moment after its 101, then the close handshake. */
    private void listenAndClose(Socket channel) throws StepFailure {
        begin();
        passed("websocket", AfterUpgrade.check(channel, sent, answer, request.subprotocols(), timeout));
    }

    private static List<CertificateInfo> chain(TlsContexts.Trust trust) {
        return Arrays.stream(trust.lastChain()).map(Certificates::describe).toList();
    }

    private void begin() {
        stepStart = System.nanoTime();
    }

    private long elapsed() {
        return (System.nanoTime() - stepStart) / 1_000_000;
    }

    private void passed(String name, String detail) {
        steps.add(new DoctorStep(name, StepStatus.OK, elapsed(), detail));
    }

    private DoctorReport report(Diagnosis diagnosis) {
        return new DoctorReport(url, request.options().tls().insecure(), steps, diagnosis, sent, answer, tls);
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to close
        }
    }
}
