package dev.wscope.protocol.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.wscope.protocol.ProtocolRejected;
import dev.wscope.testing.ChildJvm;
import dev.wscope.testing.ScriptPeer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * `wscope send --protocol graphql`, in a JVM of its own, against the real servers of src/test/node: graphql-ws
 * 6 (graphql-transport-ws) and subscriptions-transport-ws 0.11 (the legacy graphql-ws), both serving
 * graphql_schema.js, pinging every 300 ms and refusing a connection_init without {"token": "let-me-in"}.
 */
class GraphQlSendIT {
    private static final String LET_IN = "{\"token\": \"let-me-in\"}";
    private static final String GREETINGS = "subscribe:{\"query\": \"subscription { greetings }\"}";
    private static final String HELLO = "subscribe:{\"query\": \"query Q($n: String) { hello(name: $n) }\", \"variables\": {\"n\": \"Ada\"},"
            + " \"operationName\": \"Q\"}";
    private static final String SHOUT = "subscribe:{\"query\": \"mutation { shout(word: \\\"hey\\\") }\"}";
    private static final String TICKS = "subscribe:{\"query\": \"subscription { ticks }\"}";

    /** Each dialect's server and words: what starts, carries a result of, and stops an operation. */
    enum Dialect {
        TRANSPORT_WS("graphql_ws_server.js", "graphql-transport-ws", "subscribe", "next", "complete", "complete"),
        LEGACY("graphql_legacy_server.js", "graphql-ws", "start", "data", "stop", "stop");

        final String script;
        final String subprotocol;
        final String start;
        final String result;
        final String stop;
        /** What the server prints when the client ends an operation. */
        final String serverSawStop;

        Dialect(String script, String subprotocol, String start, String result, String stop, String serverSawStop) {
            this.script = script;
            this.subprotocol = subprotocol;
            this.start = start;
            this.result = result;
            this.stop = stop;
            this.serverSawStop = serverSawStop;
        }
    }

    private static ChildJvm send(ScriptPeer server, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("send", server.url("/graphql"), "--protocol", "graphql", "--json"));
        args.addAll(List.of(options));
        return ChildJvm.run("256m", 60, args.toArray(String[]::new));
    }

    /** The protocol objects of the sent or received messages, in order. */
    private static List<JsonObject> protocol(ChildJvm run, String kind) {
        return run.events(kind).stream().filter(event -> event.has("protocol")).map(event -> event.getAsJsonObject("protocol")).toList();
    }

    private static List<JsonObject> ofType(List<JsonObject> messages, String type) {
        return messages.stream().filter(message -> message.get("type").getAsString().equals(type)).toList();
    }

    /** The data of each result of the operation with this id, in order. */
    private static List<String> results(List<JsonObject> received, String type, String id) {
        return ofType(received, type).stream().filter(message -> message.get("id").getAsString().equals(id))
                .map(message -> message.getAsJsonObject("payload").get("data").toString()).toList();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void subscriptionQueryAndMutation_eachResultPairedWithItsOperation_andCompleted(Dialect dialect) throws Exception {
        try (ScriptPeer server = ScriptPeer.node(dialect.script)) {
            ChildJvm run = send(server, "--init", LET_IN, "-m", GREETINGS, "-m", HELLO, "-m", SHOUT, "--wait", "1");

            assertEquals(0, run.exit(), run.toString());
            assertEquals(dialect.subprotocol, run.events("open").get(0).get("subprotocol").getAsString(), run.toString());
            List<JsonObject> sent = protocol(run, "sent");
            assertEquals(JsonParser.parseString(LET_IN), ofType(sent, "connection_init").get(0).get("payload"));
            assertEquals(List.of("1", "2", "3"), ofType(sent, dialect.start).stream().map(message -> message.get("id").getAsString()).toList());
            assertEquals("Q", ofType(sent, dialect.start).get(1).getAsJsonObject("payload").get("operationName").getAsString());

            List<JsonObject> received = protocol(run, "received");
            assertEquals(List.of("{\"greetings\":\"Hi\"}", "{\"greetings\":\"Bonjour\"}", "{\"greetings\":\"Hola\"}"),
                    results(received, dialect.result, "1"), run.toString());
            assertEquals(List.of("{\"hello\":\"Hello, Ada!\"}"), results(received, dialect.result, "2"), run.toString());
            assertEquals(List.of("{\"shout\":\"HEY\"}"), results(received, dialect.result, "3"), run.toString());
            assertEquals(List.of("1", "2", "3"), ofType(received, "complete").stream().map(message -> message.get("id").getAsString())
                    .sorted().toList(), "each operation completed by the server, paired by its id");
            assertEquals(List.of(), run.events("error"), run.toString());
        }
    }

    /**
     * A session of ten of the server's 300 ms intervals: every ping (graphql-transport-ws) is answered by a
     * pong, or the legacy ka is taken; the ticks of a subscription running all along come with none missing, and the
     * session ends with Wscope's own close.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void heartbeatsKeepTheSessionOverMoreThanThreeIntervals_withNothingDropped(Dialect dialect) throws Exception {
        try (ScriptPeer server = ScriptPeer.node(dialect.script, "300")) {
            ChildJvm run = send(server, "--init", LET_IN, "-m", TICKS, "--wait", "3");

            assertEquals(0, run.exit(), run.toString());
            JsonObject closed = run.events("closed").get(0);
            assertEquals(1000, closed.get("code").getAsInt(), run.toString());
            assertEquals("client", closed.get("by").getAsString(), run.toString());

            List<JsonObject> heartbeats = run.out().lines().filter(line -> line.startsWith("{"))
                    .map(line -> JsonParser.parseString(line).getAsJsonObject())
                    .filter(event -> event.has("heartbeat") && event.get("heartbeat").getAsBoolean()).toList();
            List<String> kinds = heartbeats.stream().map(event -> event.get("kind").getAsString() + " "
                    + event.getAsJsonObject("protocol").get("type").getAsString()).toList();
            if (dialect == Dialect.LEGACY) {
                assertTrue(kinds.stream().filter("received ka"::equals).count() >= 4, kinds.toString());
            } else {
                long pings = kinds.stream().filter("received ping"::equals).count();
                assertTrue(pings >= 4, kinds.toString());
                // a ping that crosses Wscope's close frame gets no pong, rightly
                long unanswerable = kinds.get(kinds.size() - 1).equals("received ping") ? 1 : 0;
                assertEquals(pings - unanswerable, kinds.stream().filter("sent pong"::equals).count(), "every ping answered: " + kinds);
                assertTrue(server.output().lines().filter("pong"::equals).count() >= 4, server.output());
                assertFalse(server.output().contains("no pong"), server.output());
                assertTrue(run.events("ping").size() >= 4, "graphql-ws's WebSocket pings too: " + run.out());
            }

            List<Integer> ticks = ofType(protocol(run, "received"), dialect.result).stream()
                    .map(message -> message.getAsJsonObject("payload").getAsJsonObject("data").get("ticks").getAsInt()).toList();
            // one every 100 ms, fewer on a busy machine: at least the length of three intervals
            assertTrue(ticks.size() >= 10, ticks.toString());
            assertEquals(IntStream.rangeClosed(1, ticks.size()).boxed().toList(), ticks, "no tick missing");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void completeEndsTheOperationItNames(Dialect dialect) throws Exception {
        try (ScriptPeer server = ScriptPeer.node(dialect.script)) {
            ChildJvm run = send(server, "--init", LET_IN, "-m", GREETINGS, "-m", TICKS, "-m", "complete:2", "--wait", "1");

            assertEquals(0, run.exit(), run.toString());
            JsonObject stop = ofType(protocol(run, "sent"), dialect.stop).get(0);
            assertEquals("2", stop.get("id").getAsString());
            server.awaitOutput(dialect.serverSawStop + " 2", Duration.ofSeconds(5));
            if (dialect == Dialect.TRANSPORT_WS) {
                // subscriptions-transport-ws loses a stop that comes before its start is set up (it sets the
                // operation up asynchronously, then runs it anyway): there the ticks go on, whatever the client does
                List<JsonObject> ticks = ofType(protocol(run, "received"), dialect.result).stream()
                        .filter(message -> message.get("id").getAsString().equals("2")).toList();
                assertTrue(ticks.size() <= 1, "at most the tick already under way after the stop, in a second of ten: " + ticks);
            }
        }
    }

    @Test
    void graphqlWsRefusingTheInitPayload_isNamedWith4403AndWhatToTry() throws Exception {
        try (ScriptPeer server = ScriptPeer.node(Dialect.TRANSPORT_WS.script)) {
            ChildJvm run = send(server, "--init", "{\"token\": \"wrong\"}", "-m", GREETINGS);

            assertRefused(run, "The GraphQL server closed the connection with 4403 Forbidden: \"Forbidden\". It refused"
                    + " connection_init's payload. Try the payload it expects in connection_init (--init)");
            assertTrue(protocol(run, "sent").stream().noneMatch(message -> message.get("type").getAsString().equals("subscribe")),
                    "nothing sent after the refusal: " + run.out());
        }
    }

    @Test
    void theLegacyServersConnectionError_isNamedInItsWords() throws Exception {
        try (ScriptPeer server = ScriptPeer.node(Dialect.LEGACY.script)) {
            ChildJvm run = send(server, "-m", GREETINGS);

            assertRefused(run, "The GraphQL server refused connection_init (connection_error): \"a token is needed:"
                    + " {\"token\": \"let-me-in\"}\". Try the payload it expects in connection_init (--init)");
        }
    }

    @Test
    void aSecondOperationUnderARunningId_isNamedWith4409() throws Exception {
        try (ScriptPeer server = ScriptPeer.node(Dialect.TRANSPORT_WS.script)) {
            ChildJvm run = send(server, "--init", LET_IN, "-m", TICKS,
                    "-m", "json:{\"type\": \"subscribe\", \"id\": \"1\", \"payload\": {\"query\": \"subscription { ticks }\"}}", "--wait", "2");

            assertRefused(run, "The GraphQL server closed the connection with 4409 Subscriber already exists: \"Subscriber for 1"
                    + " already exists\". An operation with that id is still running. Try complete it first (complete:ID)");
        }
    }

    @Test
    void aMessageTheServerCannotRead_isNamedWith4400() throws Exception {
        try (ScriptPeer server = ScriptPeer.node(Dialect.TRANSPORT_WS.script)) {
            ChildJvm run = send(server, "--init", LET_IN, "-m", "text:hello?", "--wait", "2");

            assertRefused(run, "The GraphQL server closed the connection with 4400 Bad Request: \"Invalid message received\".");
        }
    }

    @Test
    void aWrongVerbArgumentIsBadInputBeforeDialling() throws Exception {
        try (ScriptPeer server = ScriptPeer.node(Dialect.TRANSPORT_WS.script)) {
            ChildJvm run = send(server, "-m", "subscribe:subscription { greetings }");

            assertEquals(2, run.exit(), run.toString());
            assertTrue(run.err().contains("subscribe: takes a JSON object {\"query\": \"...\""), run.toString());
            assertTrue(run.events("connecting").isEmpty(), run.toString());
        }
    }

    private static void assertRefused(ChildJvm run, String words) {
        assertEquals(1, run.exit(), run.toString());
        List<JsonObject> errors = run.events("error").stream()
                .filter(error -> ProtocolRejected.CAUSE.equals(textOf(error.get("cause")))).toList();
        assertEquals(1, errors.size(), run.toString());
        assertTrue(errors.get(0).get("message").getAsString().startsWith(words), errors.get(0).toString());
        assertTrue(run.err().contains(words), run.err());
    }

    private static String textOf(JsonElement element) {
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }
}
