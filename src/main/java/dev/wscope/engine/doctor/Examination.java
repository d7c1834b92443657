package dev.wscope.engine.doctor;

import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.Diagnosis;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.DoctorStep;
import dev.wscope.core.diagnosis.RawRequest;
import dev.wscope.core.diagnosis.RawResponse;
import dev.wscope.core.diagnosis.StepStatus;
import dev.wscope.core.diagnosis.TlsInfo;
import dev.wscope.core.diagnosis.UpgradeRules;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.UrlCheck;
import dev.wscope.core.request.WsUrl;
import dev.wscope.engine.tls.Certificates;
import dev.wscope.engine.tls.TlsContexts;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** One run of the doctor: walks the steps in order, stops at the first failure, and writes the report. */
final class Examination {
    private static final List<String> STEPS = List.of("dns", "tcp", "tls", "upgrade", "websocket");

    private final ConnectRequest request;
    private final int timeout;
    private final List<DoctorStep> steps = new ArrayList<>();
    private String url;
    private RawRequest sent;
    private RawResponse answer;
    private TlsInfo tls;

    Examination(ConnectRequest request) {
        this.request = request;
        this.timeout = request.options().handshakeTimeoutMillis();
        this.url = request.url();
    }

    DoctorReport run() {
        UrlCheck check = WsUrl.check(request.url());
        if (!check.ok()) {
            return report(new Diagnosis(Cause.INVALID_URL, check.error() + ".", check.suggestion() == null
                    ? "Write the address as ws://host[:port]/path or wss://host[:port]/path."
                    : "Use " + check.suggestion()));
        }
        URI uri = check.uri();
        url = uri.toString();
        boolean secure = "wss".equals(uri.getScheme());
        String host = uri.getHost().replaceAll("^\\[|\\]$", "");
        int port = uri.getPort() < 0 ? (secure ? 443 : 80) : uri.getPort();
        long start = System.nanoTime();
        InetAddress address;
        try {
            address = InetAddress.getAllByName(host)[0];
            step("dns", StepStatus.OK, start, host + " is " + address.getHostAddress());
        } catch (UnknownHostException e) {
            return fail("dns", start, "no address for " + host, new Diagnosis(Cause.DNS_FAILURE,
                    "The host name " + host + " does not resolve: DNS has no address for it.",
                    "Check the spelling of the host. For an internal name, check that this machine uses the right"
                            + " DNS server or VPN (try: getent hosts " + host + ")."));
        }
        return connect(uri, secure, host, address, port);
    }

    private DoctorReport connect(URI uri, boolean secure, String host, InetAddress address, int port) {
        long start = System.nanoTime();
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, port), timeout);
            step("tcp", StepStatus.OK, start, "connected to " + address.getHostAddress() + ":" + port);
        } catch (SocketTimeoutException e) {
            close(socket);
            return fail("tcp", start, "no answer within " + timeout + " ms", new Diagnosis(Cause.CONNECT_TIMEOUT,
                    "The TCP connection to " + host + ":" + port + " did not open within " + timeout
                            + " ms: a firewall drops the packets, or the host is down or unreachable.",
                    "Check firewalls and security groups for port " + port + ", and that the host is up."));
        } catch (IOException e) {
            close(socket);
            return fail("tcp", start, e.getMessage(), new Diagnosis(Cause.CONNECTION_REFUSED,
                    "Nothing accepts connections at " + host + ":" + port + ": the server is not running, listens on"
                            + " another port, or listens only on another interface.",
                    "Start the server or correct the port. On the server, `ss -ltnp | grep :" + port + "` shows what"
                            + " listens; a server bound to 127.0.0.1 cannot be reached from other machines."));
        }
        try (Socket plain = socket) {
            plain.setSoTimeout(timeout);
            Socket channel = plain;
            if (secure) {
                Optional<Socket> wrapped = handshakeTls(plain, host, port);
                if (wrapped.isEmpty()) {
                    return report(lastDiagnosis);
                }
                channel = wrapped.get();
            } else {
                step("tls", StepStatus.SKIPPED, System.nanoTime(), "ws:// has no TLS");
            }
            return upgrade(uri, host, port, secure, channel);
        } catch (IOException e) {
            return report(lastDiagnosis);
        }
    }

    private Diagnosis lastDiagnosis;

    private Optional<Socket> handshakeTls(Socket plain, String host, int port) {
        long start = System.nanoTime();
        TlsContexts.Trust trust;
        try {
            trust = TlsContexts.create(request.options().tls());
        } catch (Exception e) {
            fail("tls", start, e.getMessage(), new Diagnosis(Cause.TLS_HANDSHAKE_FAILURE,
                    "The TLS settings cannot be used: " + e.getMessage() + ".", "Check the CA file is a PEM certificate."));
            return Optional.empty();
        }
        try {
            SSLSocket ssl = (SSLSocket) trust.context().getSocketFactory().createSocket(plain, host, port, true);
            SSLParameters parameters = ssl.getSSLParameters();
            if (request.options().tls().verifyHostname() && !request.options().tls().insecure()) {
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
            }
            ssl.setSSLParameters(parameters);
            ssl.startHandshake();
            tls = new TlsInfo(ssl.getSession().getProtocol(), ssl.getSession().getCipherSuite(), describe(trust));
            step("tls", StepStatus.OK, start, tls.protocol() + ", " + tls.cipher());
            return Optional.of(ssl);
        } catch (IOException e) {
            tls = new TlsInfo(null, null, describe(trust));
            fail("tls", start, e.getMessage(), TlsFailures.classify(e, trust.lastChain(), host));
            return Optional.empty();
        }
    }

    private static List<dev.wscope.core.diagnosis.CertificateInfo> describe(TlsContexts.Trust trust) {
        return Arrays.stream(trust.lastChain()).map(Certificates::describe).toList();
    }

    private DoctorReport upgrade(URI uri, String host, int port, boolean secure, Socket channel) throws IOException {
        long start = System.nanoTime();
        UpgradeRequest upgrade = UpgradeRequest.build(request, uri, host, port, secure);
        sent = upgrade.raw();
        try {
            channel.getOutputStream().write(upgrade.bytes());
            channel.getOutputStream().flush();
            answer = HttpResponseReader.read(channel.getInputStream());
        } catch (SocketTimeoutException e) {
            return fail("upgrade", start, "no answer within " + timeout + " ms", new Diagnosis(Cause.HANDSHAKE_TIMEOUT,
                    "The connection to " + host + ":" + port + " opened but the server sent no answer to the upgrade"
                            + " request within " + timeout + " ms.",
                    "Check that an HTTP/WebSocket server (not some other TCP service) listens there and is not stuck;"
                            + (secure ? "" : " if the port expects TLS, use wss://;") + " raise the timeout for a slow server."));
        } catch (EOFException e) {
            return fail("upgrade", start, e.getMessage(), new Diagnosis(Cause.NOT_UPGRADED,
                    "The server closed the connection without answering the upgrade request.",
                    secure ? "Check the server's log for this request." : "If the port expects TLS, use wss://;"
                            + " otherwise check the server's log for this request."));
        } catch (IOException e) {
            return fail("upgrade", start, e.getMessage(), new Diagnosis(Cause.NOT_UPGRADED,
                    "The server's answer is not HTTP (" + e.getMessage() + ").",
                    secure ? "Check what service listens on this port." : "If the port expects TLS, use wss://."));
        }
        Optional<Diagnosis> verdict = UpgradeRules.diagnose(sent, answer, request.subprotocols(), upgrade.expectedAccept());
        if (verdict.isPresent()) {
            return fail("upgrade", start, answer.status() + " " + answer.reason(), verdict.get());
        }
        step("upgrade", StepStatus.OK, start, "101 " + answer.reason());
        closeCleanly(channel);
        return report(null);
    }

    /** The WebSocket step: a close frame out, and (briefly) the server's close frame back. */
    private void closeCleanly(Socket channel) {
        long start = System.nanoTime();
        try {
            channel.setSoTimeout(Math.min(timeout, 2000));
            channel.getOutputStream().write(ClientFrames.close(1000, "wscope doctor"));
            channel.getOutputStream().flush();
            int first = channel.getInputStream().read();
            step("websocket", StepStatus.OK, start, (first & 0x0f) == 0x8 ? "close handshake completed"
                    : "open; the server sent data before answering the close");
        } catch (IOException e) {
            step("websocket", StepStatus.OK, start, "open; the server did not answer the close frame ("
                    + e.getMessage() + ")");
        }
    }

    private DoctorReport fail(String stepName, long start, String detail, Diagnosis diagnosis) {
        step(stepName, StepStatus.FAILED, start, detail);
        for (String later : STEPS.subList(STEPS.indexOf(stepName) + 1, STEPS.size())) {
            steps.add(new DoctorStep(later, StepStatus.SKIPPED, 0, "not reached"));
        }
        lastDiagnosis = diagnosis;
        return report(diagnosis);
    }

    private void step(String name, StepStatus status, long start, String detail) {
        steps.add(new DoctorStep(name, status, (System.nanoTime() - start) / 1_000_000, detail));
    }

    private DoctorReport report(Diagnosis diagnosis) {
        return new DoctorReport(url, steps, diagnosis, sent, answer, tls);
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to close
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
