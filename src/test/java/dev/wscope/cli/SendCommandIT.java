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
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** `wscope send` against the local test server, run in-process with its output captured. */
class SendCommandIT {
    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static List<JsonObject> events(CliRun run) {
        return run.outLines().stream().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    }

    private static List<JsonObject> ofKind(List<JsonObject> events, String kind) {
        return events.stream().filter(e -> e.get("kind").getAsString().equals(kind)).toList();
    }

    @Test
    void sendJson_echoesTextAndHex_andPrintsNdjsonEndingWithClose1000() {
        CliRun run = CliRun.of("send", server.url("/echo"), "-m", "text:hello", "-m", "hex:00ff10", "--json");

        assertEquals(0, run.exit(), run.toString());
        assertEquals("", run.err(), run.toString());
        List<JsonObject> events = events(run);
        List<JsonObject> received = ofKind(events, "received");
        assertEquals(2, received.size(), run.toString());
        assertEquals("text", received.get(0).get("format").getAsString());
        assertEquals("hello", received.get(0).get("text").getAsString());
        assertEquals(5, received.get(0).get("size").getAsInt());
        assertEquals("binary", received.get(1).get("format").getAsString());
        assertEquals("AP8Q", received.get(1).get("base64").getAsString());
        assertEquals(3, received.get(1).get("size").getAsInt());
        List<JsonObject> sent = ofKind(events, "sent");
        assertEquals("hello", sent.get(0).get("text").getAsString());
        assertEquals("AP8Q", sent.get(1).get("base64").getAsString());

        JsonObject closed = ofKind(events, "closed").get(0);
        assertEquals(1000, closed.get("code").getAsInt());
        assertEquals("client", closed.get("by").getAsString());
        // Every line is one event, numbered from 1 in order, stamped in UTC.
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).get("seq").getAsInt());
            assertTrue(Pattern.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z",
                    events.get(i).get("time").getAsString()), events.get(i).toString());
        }
        assertEquals(List.of("connecting", "handshake-request", "handshake-response", "open"),
                events.subList(0, 4).stream().map(e -> e.get("kind").getAsString()).toList());
        assertEquals("closed", events.get(events.size() - 1).get("kind").getAsString());
    }

    @Test
    void sendToAServerThatCloses_returnsWithoutWaitingTheFullWait() {
        long started = System.nanoTime();
        CliRun run = CliRun.of("send", server.url("/close?code=4002&reason=bye"), "--wait", "30", "--json");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(0, run.exit(), run.toString());
        assertTrue(millis < 15_000, "waited " + millis + " ms although the server closed at once");
        JsonObject closed = ofKind(events(run), "closed").get(0);
        assertEquals(4002, closed.get("code").getAsInt());
        assertEquals("bye", closed.get("reason").getAsString());
        assertEquals("server", closed.get("by").getAsString());
    }

    @Test
    void headersCookiesAndSubprotocol_fromTheCommandLine_reachTheServer() {
        CliRun run = CliRun.of("send", server.url("/mirror"), "-H", "X-Api-Key: k1", "--cookie", "a=1",
                "--cookie", "b=2", "--subprotocol", "chat", "--wait", "0.5", "--json");

        assertEquals(0, run.exit(), run.toString());
        List<JsonObject> events = events(run);
        JsonObject mirror = JsonParser.parseString(ofKind(events, "received").get(0).get("text").getAsString())
                .getAsJsonObject();
        List<List<String>> headers = mirror.getAsJsonArray("headers").asList().stream()
                .map(pair -> List.of(pair.getAsJsonArray().get(0).getAsString(), pair.getAsJsonArray().get(1).getAsString()))
                .toList();
        assertTrue(headers.contains(List.of("X-Api-Key", "k1")), headers.toString());
        assertTrue(headers.contains(List.of("Cookie", "a=1; b=2")), headers.toString());
        assertEquals("chat", ofKind(events, "open").get(0).get("subprotocol").getAsString());
    }

    @Test
    void quiet_printsOneSummaryLine() {
        CliRun run = CliRun.of("send", server.url("/echo"), "-m", "text:a", "-m", "base64:AAE=", "-m", "json:{\"k\":1}",
                "--wait", "0.5", "--quiet");

        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("sent 3, received 3, closed 1000 by client"), run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void readableOutput_isOneLineAnEventWithoutJson() {
        CliRun run = CliRun.of("send", server.url("/echo"), "-m", "text:hello world", "--wait", "0.5");

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.outLines().size() >= 7, run.toString());
        assertTrue(run.outLines().stream().anyMatch(l -> l.contains("received") && l.contains("hello world")),
                run.toString());
        assertTrue(run.outLines().stream().noneMatch(l -> l.startsWith("{")), run.toString());
    }

    @Test
    void badHexMessage_exits2WithOneLineAndConnectsNothing() throws IOException {
        try (NoConnectionExpected target = new NoConnectionExpected()) {
            CliRun run = CliRun.of("send", target.url(), "-m", "text:fine", "-m", "hex:0g");

            assertBadInput(run);
            assertTrue(run.err().toLowerCase(Locale.ROOT).contains("hex") || run.err().contains("0g"), run.toString());
            target.assertNothingConnected();
        }
    }

    @Test
    void httpUrl_exits2WithOneLineSayingWs_andConnectsNothing() {
        CliRun run = CliRun.of("send", "http://x", "-m", "text:hi");

        assertBadInput(run);
        assertTrue(run.err().contains("ws://"), run.toString());
    }

    @Test
    void headerWithCarriageReturn_exits2WithOneLineAndConnectsNothing() throws IOException {
        try (NoConnectionExpected target = new NoConnectionExpected()) {
            CliRun run = CliRun.of("send", target.url(), "-H", "X-Bad: a\rInjected: yes");

            assertBadInput(run);
            assertTrue(run.err().contains("CR"), run.toString());
            target.assertNothingConnected();
        }
    }

    static Stream<BadConnectionInput> badInput() {
        return Stream.concat(BadConnectionInput.shared(), Stream.of(
                new BadConnectionInput(List.of("--wait", "-5"), "--wait"),
                new BadConnectionInput(List.of("--wait", "NaN"), "--wait")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badOption_exits2WithOneLineSayingWhy_andConnectsNothing(BadConnectionInput input) throws IOException {
        try (NoConnectionExpected target = new NoConnectionExpected()) {
            CliRun run = CliRun.of(input.after("send", target.url()));

            assertBadInput(run);
            assertTrue(run.err().contains(input.saying()), run.toString());
            target.assertNothingConnected();
        }
    }

    @Test
    void unknownMessageFormat_exits2() throws IOException {
        try (NoConnectionExpected target = new NoConnectionExpected()) {
            CliRun run = CliRun.of("send", target.url(), "-m", "yaml:a: 1");

            assertBadInput(run);
            target.assertNothingConnected();
        }
    }

    @Test
    void refusedPort_exits1SayingRefused() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }

        CliRun run = CliRun.of("send", "ws://127.0.0.1:" + closedPort + "/echo", "-m", "text:hi", "--json");

        assertEquals(1, run.exit(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().toLowerCase(Locale.ROOT).contains("refused"), run.toString());
        List<JsonObject> events = events(run);
        assertEquals("connecting", events.get(0).get("kind").getAsString());
        assertEquals("error", events.get(events.size() - 1).get("kind").getAsString());
        assertTrue(ofKind(events, "sent").isEmpty(), run.toString());
    }

    @Test
    void handshakeRefusedWith401_exits1_andTheNdjsonKeepsTheResponse() {
        CliRun run = CliRun.of("send", server.url("/status/401"), "--json");

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("401"), run.toString());
        JsonObject response = ofKind(events(run), "handshake-response").get(0);
        assertEquals(401, response.get("status").getAsInt());
        assertTrue(response.getAsJsonArray("headers").toString().contains("Bearer realm"), response.toString());
    }

    @Test
    void missingUrlOrUnknownOption_exits2WithOneLineNamingTheProblem() {
        CliRun missing = CliRun.of("send");
        assertEquals(2, missing.exit(), missing.toString());
        assertEquals(1, missing.errLines().size(), missing.toString());
        assertTrue(missing.err().startsWith("wscope send: ") && missing.err().contains("URL"), missing.toString());
        assertEquals("", missing.out());

        CliRun unknown = CliRun.of("send", server.url("/echo"), "--no-such-option");
        assertEquals(2, unknown.exit(), unknown.toString());
        assertEquals(1, unknown.errLines().size(), unknown.toString());
        assertTrue(unknown.err().contains("--no-such-option"), unknown.toString());
        assertEquals("", unknown.out());
    }

    private static void assertBadInput(CliRun run) {
        assertEquals(2, run.exit(), run.toString());
        assertEquals(1, run.errLines().size(), "one line on stderr: " + run);
        assertTrue(run.err().startsWith("wscope send: "), run.toString());
        assertEquals("", run.out(), "nothing on stdout: " + run);
    }
}
