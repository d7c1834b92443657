package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.wscope.server.TestServer;
import dev.wscope.testing.ScriptPeer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `wscope send --ping` and `--inhibit-pongs`, against the test server and Python websockets' keepalive. */
class SendControlFramesIT {
    private static List<JsonObject> ofKind(CliRun run, String kind) {
        return run.outLines().stream().map(line -> JsonParser.parseString(line).getAsJsonObject())
                .filter(e -> e.get("kind").getAsString().equals(kind)).toList();
    }

    @Test
    void ping_sendsItsPayload_andThePongCarriesRttMillis() {
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            CliRun run = CliRun.of("send", server.url("/echo"), "--ping", "hex:00ff10", "--ping", "are you there",
                    "--json");

            assertEquals(0, run.exit(), run.toString());
            List<JsonObject> pongs = ofKind(run, "pong");
            assertEquals(2, pongs.size(), run.toString());
            assertEquals("AP8Q", pongs.get(0).get("base64").getAsString());
            assertEquals("in", pongs.get(0).get("direction").getAsString());
            double rtt = pongs.get(0).get("rttMillis").getAsDouble();
            assertTrue(rtt >= 0 && rtt < 1000, run.toString());
            assertEquals(2, ofKind(run, "ping").size());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void pingOver125Bytes_isBadInput_nothingSent() {
        CliRun run = CliRun.of("send", "ws://127.0.0.1:9/", "--ping", "x".repeat(126));

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("A ping carries at most 125 bytes (RFC 6455 5.5); this one has 126"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void inhibitPongs_serverPingsShow_noPongGoesOut_andWebsocketsGivesUpWith1011() throws Exception {
        try (ScriptPeer python = ScriptPeer.python("pinging_server.py", "0.3", "0.6")) {
            CliRun run = CliRun.of("send", python.url("/"), "--inhibit-pongs", "--wait", "5", "--json");

            assertEquals(0, run.exit(), run.toString());
            assertFalse(ofKind(run, "ping").isEmpty(), run.toString());
            assertEquals("in", ofKind(run, "ping").get(0).get("direction").getAsString());
            assertEquals(List.of(), ofKind(run, "pong"), run.toString());
            JsonObject closed = ofKind(run, "closed").get(0);
            assertEquals(1011, closed.get("code").getAsInt(), run.toString());
            assertEquals("server", closed.get("by").getAsString());
            python.awaitOutput("pongs received 0", java.time.Duration.ofSeconds(5));
        }
    }
}
