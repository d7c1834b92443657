package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.wscope.server.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** `wscope doctor`: the documented JSON object, a readable report, and the exit codes of CONTRACT.md. */
class DoctorCommandIT {
    private static final Set<String> KEYS = Set.of("url", "ok", "insecure", "steps", "cause", "summary", "fix", "request", "response", "tls");
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonObject json(CliRun run) {
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(KEYS, json.keySet(), "exactly the documented fields");
        return json;
    }

    @Test
    void healthyAddress_exits0_withOkTrueAndNoCause() {
        CliRun run = CliRun.of("doctor", server.url("/echo"), "--json");
        assertEquals(0, run.exit());
        JsonObject report = json(run);
        assertTrue(report.get("ok").getAsBoolean());
        assertTrue(report.get("cause").isJsonNull());
        assertEquals(5, report.getAsJsonArray("steps").size());
        assertEquals(101, report.getAsJsonObject("response").get("status").getAsInt());
        assertEquals("GET /echo HTTP/1.1", report.getAsJsonObject("request").get("line").getAsString());
    }

    @Test
    void faults_exit1_withTheirCauseCodes() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        List<String[]> cases = List.of(
                new String[] {server.url("/status/401"), "unauthorized"},
                new String[] {server.url("/nowhere"), "not-found"},
                new String[] {server.url("/status/200"), "not-upgraded"},
                new String[] {"ws://127.0.0.1:" + closedPort + "/x", "connection-refused"},
                new String[] {"ws://doctor-test.invalid/x", "dns-failure"});
        for (String[] scenario : cases) {
            CliRun run = CliRun.of("doctor", scenario[0], "--json");
            assertEquals(1, run.exit(), scenario[0]);
            JsonObject report = json(run);
            assertEquals(scenario[1], report.get("cause").getAsString());
            assertTrue(report.get("summary").getAsString().length() > 20);
            assertTrue(report.get("fix").getAsString().length() > 20);
            assertTrue(report.get("tls").isJsonNull());
        }
    }

    @Test
    void readableReport_namesCauseFixAndRawExchange() {
        CliRun run = CliRun.of("doctor", server.url("/status/401"));
        assertEquals(1, run.exit());
        assertTrue(run.out().startsWith("FAILED  " + server.url("/status/401")), run.out());
        assertTrue(run.out().contains("Cause: unauthorized"));
        assertTrue(run.out().contains("Fix:"));
        assertTrue(run.out().contains("Request sent:\n  GET /status/401 HTTP/1.1"));
        assertTrue(run.out().contains("Response received:\n  HTTP/1.1 401 Unauthorized"));
    }

    @Test
    void badUsage_exits2_withOneLineOnStderr() {
        CliRun badHeader = CliRun.of("doctor", server.url("/echo"), "-H", "Bad Name: x");
        assertEquals(2, badHeader.exit());
        assertEquals(1, badHeader.errLines().size(), badHeader.err());
        CliRun badProxy = CliRun.of("doctor", server.url("/echo"), "--proxy", "ftp://x");
        assertEquals(2, badProxy.exit());
        CliRun badUrl = CliRun.of("doctor", "http://example.test/x", "--json");
        assertEquals(2, badUrl.exit());
        assertEquals("invalid-url", json(badUrl).get("cause").getAsString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.wscope.cli.BadConnectionInput#shared")
    void badOption_exits2WithOneLineSayingWhy_andConnectsNothing(BadConnectionInput input) throws IOException {
        try (NoConnectionExpected target = new NoConnectionExpected()) {
            CliRun run = CliRun.of(input.after("doctor", target.url()));

            assertEquals(2, run.exit(), run.toString());
            assertEquals(1, run.errLines().size(), run.toString());
            assertTrue(run.err().startsWith("wscope doctor: "), run.toString());
            assertTrue(run.err().contains(input.saying()), run.toString());
            assertEquals("", run.out(), run.toString());
            target.assertNothingConnected();
        }
    }
}
