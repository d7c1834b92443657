package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.wscope.server.TestServer;
import dev.wscope.testing.ScriptPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `send --protocol socket.io` against real Socket.IO servers on 127.0.0.1 (src/test/node/socketio_app.js): npm's
 * socket.io 4.8.1 (Engine.IO 4) and 2.5.1 (Engine.IO 3), each pinging every 500 ms and dropping a client after
 * 500 ms without an answer.
 */
class SendSocketIoIT {
    private static ScriptPeer socketIo4;
    private static ScriptPeer socketIo2;

    @BeforeAll
    static void startServers() throws Exception {
        socketIo4 = ScriptPeer.node("socketio_app.js", "4");
        socketIo2 = ScriptPeer.node("socketio_app.js", "2");
    }

    @AfterAll
    static void stopServers() throws Exception {
        socketIo4.close();
        socketIo2.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "3"})
    void emitsAndAnAck_comeBackDecoded_theAckPairedWithItsRoundTrip_theAttachmentShownAsSuch(String eio) {
        CliRun run = CliRun.of("send", web(eio, "/"), "--protocol", "socket.io", "--eio", eio,
                "-m", "emit:[\"echo\", \"hi\", {\"n\": 1}]", "-m", "ack:[\"greet\", \"Ada\"]", "-m", "emit:[\"file\"]",
                "--wait", "1", "--json");

        assertEquals(0, run.exit(), run.toString());
        List<JsonObject> events = events(run);
        assertEquals("ws://127.0.0.1:" + server(eio).port() + "/socket.io/?EIO=" + eio + "&transport=websocket",
                events.get(0).get("url").getAsString());
        JsonObject echo = protocol(events, "received", p -> "echo".equals(string(p, "event")));
        assertEquals("event", echo.get("type").getAsString());
        assertEquals("/", echo.get("namespace").getAsString());
        assertEquals(JsonParser.parseString("[\"hi\",{\"n\":1}]"), echo.get("args"));
        JsonObject asked = protocol(events, "sent", p -> "greet".equals(string(p, "event")));
        JsonObject ack = protocol(events, "received", p -> "ack".equals(string(p, "type")));
        assertEquals(asked.get("id"), ack.get("id"), run.toString());
        assertEquals(JsonParser.parseString("[\"hello Ada\"]"), ack.get("args"));
        assertTrue(ack.get("rttMillis").getAsLong() >= 0, ack.toString());
        JsonObject file = protocol(events, "received", p -> "file".equals(string(p, "event")));
        assertEquals(1, file.get("attachments").getAsInt(), file.toString());
        JsonObject attachment = events.stream().filter(e -> "binary".equals(string(e, "format"))).findFirst().orElseThrow();
        assertEquals("attachment", attachment.getAsJsonObject("protocol").get("type").getAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "3"})
    void aSessionOfFiveHeartbeatIntervals_isKeptOpenByItsHeartbeats_untilTheClientCloses(String eio) {
        CliRun run = CliRun.of("send", web(eio, "/"), "--protocol", "socket.io", "--eio", eio, "-m", "emit:[\"echo\", 1]",
                "--wait", "2.5", "--json");

        assertEquals(0, run.exit(), run.toString());
        List<JsonObject> events = events(run);
        JsonObject closed = events.get(events.size() - 1);
        assertEquals("closed", closed.get("kind").getAsString(), run.toString());
        assertEquals("client", closed.get("by").getAsString(), run.toString());
        assertEquals(1000, closed.get("code").getAsInt());
        // Engine.IO 4: the server pings and Wscope answers; Engine.IO 3: Wscope pings and the server answers
        String pinger = eio.equals("4") ? "received" : "sent";
        String answerer = eio.equals("4") ? "sent" : "received";
        long pings = heartbeats(events, pinger, "ping");
        long pongs = heartbeats(events, answerer, "pong");
        assertTrue(pings >= 4, pings + " pings in 2.5 s at 500 ms\n" + run);
        assertTrue(pongs >= pings - 1, pings + " pings, " + pongs + " pongs\n" + run);
        assertFalse(server(eio).output().contains("ping timeout"), server(eio).output());
    }

    @Test
    void theAdminNamespace_withItsAuthPayload_letsIn() {
        CliRun run = CliRun.of("send", web("4", "/admin"), "--protocol", "socket.io", "--auth", "{\"token\": \"s3cret\"}",
                "-m", "ack:[\"whoami\"]", "--wait", "0.7", "--json");

        assertEquals(0, run.exit(), run.toString());
        List<JsonObject> events = events(run);
        assertEquals("{\"token\":\"s3cret\"}", protocol(events, "sent", p -> "connect".equals(string(p, "type"))).get("data").toString());
        JsonObject ack = protocol(events, "received", p -> "ack".equals(string(p, "type")));
        assertEquals("/admin", ack.get("namespace").getAsString());
        assertEquals(JsonParser.parseString("[\"/admin\"]"), ack.get("args"));
    }

    @Test
    void theAdminNamespaceOfSocketIo2_withTheTokenInTheQuery_letsIn() {
        CliRun run = CliRun.of("send", web("3", "/admin?token=s3cret"), "--protocol", "socket.io", "--eio", "3",
                "-m", "ack:[\"whoami\"]", "--wait", "0.7", "--json");

        assertEquals(0, run.exit(), run.toString());
        JsonObject ack = protocol(events(run), "received", p -> "ack".equals(string(p, "type")));
        assertEquals(JsonParser.parseString("[\"/admin\"]"), ack.get("args"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "3"})
    void aMiddlewaresRefusal_isNamedInTheServersWords_andExits1(String eio) {
        CliRun run = CliRun.of("send", web(eio, "/admin?token=wrong"), "--protocol", "socket.io", "--eio", eio,
                "-m", "emit:[\"never\"]", "--wait", "1", "--json");

        assertEquals(1, run.exit(), run.toString());
        List<JsonObject> events = events(run);
        JsonObject refusal = protocol(events, "received", p -> "connect_error".equals(string(p, "type")));
        assertEquals("/admin", refusal.get("namespace").getAsString());
        JsonObject error = events.stream().filter(e -> "error".equals(string(e, "kind"))).findFirst().orElseThrow(() -> new AssertionError(run));
        assertEquals("protocol-rejected", error.get("cause").getAsString());
        assertTrue(error.get("message").getAsString().contains("namespace /admin: not authorized"), error.toString());
        assertTrue(run.err().contains("not authorized"), run.err());
        assertTrue(events.stream().noneMatch(e -> "sent".equals(string(e, "kind")) && string(e, "text").contains("never")), run.toString());
    }

    @Test
    void theBuiltInServersSocketIoFlood_isTakenWhole_inTheNamespaceAsked() throws Exception {
        try (TestServer flood = TestServer.start("127.0.0.1", 0)) {
            CliRun run = CliRun.of("send", "--protocol", "socket.io", "--socketio-path", "/flood", "--quiet", "--wait", "30",
                    "http://127.0.0.1:" + flood.port() + "/news?n=5000&size=64&mode=socket.io");
            CliRun events = CliRun.of("send", "--protocol", "socket.io", "--socketio-path", "/flood", "--wait", "30", "--json",
                    "http://127.0.0.1:" + flood.port() + "/news?n=2&size=64&mode=socket.io");

            assertEquals(0, run.exit(), run.toString());
            // the open packet, the namespace's connect, the events and the closing __END__ event
            assertEquals("sent 1, received 5003, closed 1000 by server", run.out().strip());
            JsonObject tick = protocol(events(events), "received", p -> "tick".equals(string(p, "event")));
            assertEquals("/news", tick.get("namespace").getAsString());
            assertEquals(64, events(events).stream().filter(e -> "received".equals(string(e, "kind")))
                    .filter(e -> string(e, "text").contains("tick")).findFirst().orElseThrow().get("size").getAsInt());
        }
    }

    private static ScriptPeer server(String eio) {
        return eio.equals("4") ? socketIo4 : socketIo2;
    }

    /** The address as a Socket.IO user writes it: http://127.0.0.1:port/namespace. */
    private static String web(String eio, String namespaceAndQuery) {
        return "http://127.0.0.1:" + server(eio).port() + namespaceAndQuery;
    }

    private static List<JsonObject> events(CliRun run) {
        List<JsonObject> events = new ArrayList<>();
        for (String line : run.outLines()) {
            events.add(JsonParser.parseString(line).getAsJsonObject());
        }
        return events;
    }

    /** The "protocol" object of the first event of this kind whose protocol object matches. */
    private static JsonObject protocol(List<JsonObject> events, String kind, Predicate<JsonObject> which) {
        return events.stream().filter(e -> kind.equals(string(e, "kind")) && e.has("protocol"))
                .map(e -> e.getAsJsonObject("protocol")).filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such " + kind + " event in " + events));
    }

    private static long heartbeats(List<JsonObject> events, String kind, String type) {
        return events.stream().filter(e -> kind.equals(string(e, "kind")) && e.has("heartbeat"))
                .filter(e -> type.equals(e.getAsJsonObject("protocol").get("type").getAsString())).count();
    }

    private static String string(JsonObject object, String key) {
        return object.has(key) && object.get(key).isJsonPrimitive() ? object.get(key).getAsString() : "";
    }
}
