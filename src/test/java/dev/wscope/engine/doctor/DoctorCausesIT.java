package dev.wscope.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.KeyValue;
import dev.wscope.server.TestServer;
import dev.wscope.testing.ScriptedHttpServer;
import dev.wscope.testing.WebSocketReplies;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every cause the doctor names, each from a real server on 127.0.0.1 that fails in that one way. */
class DoctorCausesIT {
    private static TestServer server;
    private final Doctor doctor = new Doctor(Audience.COMMAND_LINE);

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private DoctorReport examine(String url) {
        return documented(doctor.examine(ConnectRequest.of(url)));
    }

    private DoctorReport examine(String url, int timeoutMillis) {
        return documented(doctor.examine(new ConnectRequest(url, List.of(), List.of(), List.of(),
                new ConnectOptions(timeoutMillis, ConnectOptions.DEFAULT_MAX_MESSAGE_BYTES))));
    }

    /** Every report, whatever its cause, prints as the object CONTRACT.md documents. */
    private static DoctorReport documented(DoctorReport report) {
        var json = dev.wscope.core.diagnosis.DoctorJson.toJson(report);
        assertEquals(java.util.Set.of("url", "ok", "insecure", "steps", "cause", "summary", "fix", "request", "response", "tls"),
                json.keySet());
        assertEquals(report.ok(), json.get("ok").getAsBoolean());
        assertEquals(report.ok(), json.get("cause").isJsonNull());
        return report;
    }

    @Test
    void healthyEcho_passesEveryStep() {
        DoctorReport report = examine(server.url("/echo"));
        assertTrue(report.ok());
        assertEquals(List.of("dns", "tcp", "tls", "upgrade", "websocket"),
                report.steps().stream().map(s -> s.step()).toList());
        assertEquals(List.of("ok", "ok", "skipped", "ok", "ok"),
                report.steps().stream().map(s -> s.status().wire()).toList());
    }

    @Test
    void invalidUrl() {
        assertEquals("invalid-url", examine("http//nope").diagnosis().cause().code());
    }

    @Test
    void unresolvableHost() {
        DoctorReport report = examine("ws://no-such-host.invalid/x");
        assertEquals("dns-failure", report.diagnosis().cause().code());
        assertEquals("failed", report.steps().get(0).status().wire());
    }

    @Test
    void refusedPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        DoctorReport report = examine("ws://127.0.0.1:" + port + "/x");
        assertEquals("connection-refused", report.diagnosis().cause().code());
        assertTrue(report.diagnosis().fix().contains(":" + port));
    }

    @Test
    void fullAcceptQueue_givesConnectTimeout() throws Exception {
        // A listener that never accepts, with its queue filled: Linux drops further SYNs, so connect times out.
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket filler = new Socket();
                    try {
                        filler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()), 300);
                        fillers.add(filler);
                    } catch (java.io.IOException full) {
                        filler.close();
                        break;
                    }
                }
                DoctorReport report = examine("ws://127.0.0.1:" + listener.getLocalPort() + "/x", 700);
                assertEquals("connect-timeout", report.diagnosis().cause().code());
            } finally {
                for (Socket filler : fillers) {
                    filler.close();
                }
            }
        }
    }

    @Test
    void silentServer_givesHandshakeTimeout() throws Exception {
        try (ScriptedHttpServer silent = new ScriptedHttpServer(head -> null)) {
            long start = System.nanoTime();
            DoctorReport report = examine(silent.url("/x"), 800);
            assertEquals("handshake-timeout", report.diagnosis().cause().code());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 5000, "bounded by the timeout");
        }
    }

    @Test
    void unauthorized_quotesTheChallenge() {
        DoctorReport report = examine(server.url("/status/401"));
        assertEquals("unauthorized", report.diagnosis().cause().code());
        assertTrue(report.diagnosis().summary().contains("Bearer realm=\"wscope\""));
    }

    @Test
    void notFound() {
        DoctorReport report = examine(server.url("/no-such-path"));
        assertEquals("not-found", report.diagnosis().cause().code());
        assertTrue(report.response().body().contains("No such path"), "the body is kept");
    }

    @Test
    void okWithoutUpgrade_isNotUpgraded() {
        assertEquals("not-upgraded", examine(server.url("/status/200")).diagnosis().cause().code());
    }

    @Test
    void serverError() {
        assertEquals("server-error", examine(server.url("/status/500")).diagnosis().cause().code());
    }

    @Test
    void forbiddenWithOriginCheck_saysWhichOriginWasSent() throws Exception {
        try (ScriptedHttpServer strict = new ScriptedHttpServer(head ->
                "https://app.example".equals(ScriptedHttpServer.header(head, "Origin")) ? null
                        : "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")) {
            DoctorReport report = examine(strict.url("/cable"));
            assertEquals("forbidden-origin", report.diagnosis().cause().code());
            assertTrue(report.diagnosis().summary().contains("Origin: http://127.0.0.1:" + strict.port()),
                    report.diagnosis().summary());
        }
    }

    @Test
    void redirect_saysWhereItPoints() throws Exception {
        try (ScriptedHttpServer moved = new ScriptedHttpServer(head ->
                "HTTP/1.1 301 Moved Permanently\r\nLocation: https://new.example/socket\r\nContent-Length: 0\r\n\r\n")) {
            DoctorReport report = examine(moved.url("/old"));
            assertEquals("redirect", report.diagnosis().cause().code());
            assertTrue(report.diagnosis().fix().contains("wss://new.example/socket"), report.diagnosis().fix());
        }
    }

    @Test
    void wrongAcceptKey() throws Exception {
        try (ScriptedHttpServer broken = new ScriptedHttpServer(head -> "HTTP/1.1 101 Switching Protocols\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: bm90IHRoZSByaWdodCBrZXk=\r\n\r\n")) {
            assertEquals("bad-accept-key", examine(broken.url("/x")).diagnosis().cause().code());
        }
    }

    @Test
    void requiredSubprotocolNotAgreed() throws Exception {
        try (ScriptedHttpServer ignoring = new ScriptedHttpServer(WebSocketReplies::upgrade)) {
            DoctorReport report = doctor.examine(new ConnectRequest(ignoring.url("/graphql"), List.of(), List.of(),
                    List.of("graphql-transport-ws"), ConnectOptions.defaults()));
            assertEquals("subprotocol-mismatch", report.diagnosis().cause().code());
            assertTrue(report.diagnosis().summary().contains("graphql-transport-ws"));
        }
    }

    @Test
    void oldProtocolVersion() throws Exception {
        try (ScriptedHttpServer old = new ScriptedHttpServer(head ->
                "HTTP/1.1 426 Upgrade Required\r\nSec-WebSocket-Version: 8\r\nContent-Length: 0\r\n\r\n")) {
            assertEquals("version-mismatch", examine(old.url("/x")).diagnosis().cause().code());
        }
    }

    @Test
    void headersAndCookiesGoOutAsGiven() {
        DoctorReport report = doctor.examine(new ConnectRequest(server.url("/echo"), List.of(KeyValue.of("Origin",
                "https://app.example")), List.of(KeyValue.of("sid", "1")), List.of(), ConnectOptions.defaults()));
        assertTrue(report.ok());
        assertTrue(report.request().headers().contains(new dev.wscope.core.timeline.Header("Origin", "https://app.example")));
        assertEquals(1, report.request().headers().stream().filter(h -> h.name().equals("Origin")).count());
        assertTrue(report.request().headers().contains(new dev.wscope.core.timeline.Header("Cookie", "sid=1")));
    }
}
