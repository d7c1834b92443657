package dev.wscope.protocol.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.protocol.Subscription;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.protocol.ProtocolRejected;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The driver on a timeline with no socket: what it sends goes to a list, what the server says is handed to it. */
class GraphQlDriverTest {
    private final SessionTimeline timeline = new SessionTimeline();
    private final List<String> sent = new ArrayList<>();

    private GraphQlDriver driver(String init) {
        ProtocolSetup setup = ProtocolSetup.of(ProtocolKind.GRAPHQL);
        return new GraphQlDriver(init == null ? setup : setup.with(ProtocolSetup.INIT, init), timeline);
    }

    /** Opens as the engine does: the open event with the server's subprotocol first, then the driver told. */
    private GraphQlDriver opened(String subprotocol, String init) {
        GraphQlDriver driver = driver(init);
        timeline.append(new TimelineEvent.Opened(subprotocol, List.of()));
        driver.opened(message -> sent.add(message.text()));
        return driver;
    }

    private static void receive(GraphQlDriver driver, String frame) {
        driver.received(false, frame.getBytes(StandardCharsets.UTF_8));
    }

    private static String encoded(GraphQlDriver driver, String verb, String argument) throws PayloadException {
        List<OutgoingMessage> frames = driver.encode(new ProtocolMessage(verb, argument));
        assertEquals(1, frames.size());
        return frames.get(0).text();
    }

    @Test
    void offersBothDialects_legacyFirst_afterTheUsersOwnSubprotocols() {
        ConnectRequest request = new ConnectRequest("ws://h/graphql", List.of(), List.of(), List.of("custom"),
                ConnectRequest.of("ws://h").options());

        assertEquals(List.of("custom", "graphql-ws", "graphql-transport-ws"), driver(null).prepare(request).subprotocols());
    }

    @Test
    void aDialectTheUserOffersIsKeptAlone() {
        ConnectRequest request = new ConnectRequest("ws://h/graphql", List.of(), List.of(), List.of("graphql-transport-ws"),
                ConnectRequest.of("ws://h").options());

        assertEquals(List.of("graphql-transport-ws"), driver(null).prepare(request).subprotocols());
    }

    @Test
    void opensWithConnectionInitCarryingTheInitPayload_andIsReadyAtConnectionAck() {
        GraphQlDriver driver = opened("graphql-transport-ws", "{\"token\": \"let-me-in\"}");

        assertEquals(List.of("{\"type\":\"connection_init\",\"payload\":{\"token\":\"let-me-in\"}}"), sent);
        assertFalse(driver.ready().isDone());
        receive(driver, "{\"type\":\"connection_ack\"}");
        assertTrue(driver.ready().isDone() && !driver.ready().isCompletedExceptionally());
    }

    @Test
    void withoutInitConnectionInitHasNoPayload() {
        opened("graphql-ws", null);

        assertEquals(List.of("{\"type\":\"connection_init\"}"), sent);
    }

    @Test
    void anInitThatIsNoJsonObjectIsRefusedBeforeDialling() {
        IllegalArgumentException array = assertThrows(IllegalArgumentException.class, () -> driver("[\"s3cret\"]"));
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class, () -> driver("{token: s3cret"));

        assertEquals("--init takes connection_init's payload, a JSON object such as {\"token\": \"...\"}; what was given is JSON"
                + " but not an object", array.getMessage());
        assertTrue(notJson.getMessage().endsWith("; what was given is not JSON"), notJson.getMessage());
        assertFalse(notJson.getMessage().contains("s3cret"), "a token is not echoed");
    }

    @Test
    void answersGraphqlTransportWsPingsWithPongs_keepingTheirPayload() {
        GraphQlDriver driver = opened("graphql-transport-ws", null);
        receive(driver, "{\"type\":\"connection_ack\"}");
        receive(driver, "{\"type\":\"ping\"}");
        receive(driver, "{\"type\":\"ping\",\"payload\":{\"at\":7}}");
        receive(driver, "{\"type\":\"pong\"}");

        assertEquals(List.of("{\"type\":\"connection_init\"}", "{\"type\":\"pong\"}", "{\"type\":\"pong\",\"payload\":{\"at\":7}}"), sent);
    }

    @Test
    void theLegacyKeepAliveWantsNoAnswer() {
        GraphQlDriver driver = opened("graphql-ws", null);
        receive(driver, "{\"type\":\"connection_ack\"}");
        receive(driver, "{\"type\":\"ka\"}");

        assertEquals(List.of("{\"type\":\"connection_init\"}"), sent);
    }

    @Test
    void operationsAreNumberedInOrder_andFramedInTheNegotiatedDialect() throws PayloadException {
        GraphQlDriver modern = opened("graphql-transport-ws", null);
        assertEquals("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"subscription { greetings }\"}}",
                encoded(modern, "subscribe", "{\"query\": \"subscription { greetings }\"}"));
        assertEquals("{\"type\":\"subscribe\",\"id\":\"2\",\"payload\":{\"query\":\"query Q($n: String) { hello(name: $n) }\","
                        + "\"variables\":{\"n\":\"Ada\"},\"operationName\":\"Q\"}}",
                encoded(modern, "subscribe", "{\"query\": \"query Q($n: String) { hello(name: $n) }\", \"variables\": {\"n\": \"Ada\"},"
                        + " \"operationName\": \"Q\"}"));
        assertEquals("{\"type\":\"complete\",\"id\":\"1\"}", encoded(modern, "complete", "1"));

        GraphQlDriver legacy = opened("graphql-ws", null);
        assertEquals("{\"type\":\"start\",\"id\":\"1\",\"payload\":{\"query\":\"mutation { shout(word: \\\"hey\\\") }\"}}",
                encoded(legacy, "subscribe", "{\"query\": \"mutation { shout(word: \\\"hey\\\") }\"}"));
        assertEquals("{\"type\":\"stop\",\"id\":\"1\"}", encoded(legacy, "complete", " 1 "));
    }

    @ParameterizedTest
    @CsvSource({"graphql-transport-ws, subscribe, complete", "graphql-ws, start, stop"})
    void whatTheDriverFramesTheCodecReadsBack(String subprotocol, String start, String stop) throws PayloadException {
        GraphQlDriver driver = opened(subprotocol, null);
        GraphQlCodec codec = new GraphQlCodec();
        String operation = "{\"query\": \"query Q($n: String) { hello(name: $n) }\", \"variables\": {\"n\": \"Ada\"}, \"operationName\": \"Q\"}";

        var subscribe = codec.decode(Direction.OUT, false, encoded(driver, "subscribe", operation).getBytes(StandardCharsets.UTF_8)).orElseThrow();
        var complete = codec.decode(Direction.OUT, false, encoded(driver, "complete", "1").getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertEquals(start, subscribe.type());
        assertEquals("1", subscribe.fields().get("id").getAsString());
        assertEquals(JsonParser.parseString(operation), subscribe.fields().get("payload"));
        assertEquals(start + " #1 Q: query Q($n: String) { hello(name: $n) } {\"n\":\"Ada\"}", subscribe.summary());
        assertEquals(stop + " #1", complete.summary());
    }

    @Test
    void aServerThatChoseNoSubprotocolIsSpokenToInGraphqlTransportWs() throws PayloadException {
        GraphQlDriver driver = opened(null, null);

        assertTrue(encoded(driver, "subscribe", "{\"query\": \"{ hello }\"}").startsWith("{\"type\":\"subscribe\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "subscription { greetings }|(not JSON)",
        "[\"subscription { greetings }\"]|got [\"subscription { greetings }\"]",
        "{\"variables\": {}}|its \"query\", the GraphQL document as a string, is missing",
        "{\"query\": \"{ hello }\", \"variables\": [1]}|its \"variables\" must be a JSON object, got [1]",
        "{\"query\": \"{ hello }\", \"operationName\": 3}|its \"operationName\" must be a string, got 3",
    })
    void aSubscribeThatIsWrongSaysWhatAndShowsTheForm(String argument, String what) {
        PayloadException wrong = assertThrows(PayloadException.class, () -> driver(null).encode(new ProtocolMessage("subscribe", argument)));

        assertTrue(wrong.getMessage().startsWith("subscribe: takes a JSON object {\"query\": \"...\""), wrong.getMessage());
        assertTrue(wrong.getMessage().contains(what), wrong.getMessage());
    }

    @Test
    void aCompleteNeedsAnId_anyOne() throws PayloadException {
        PayloadException none = assertThrows(PayloadException.class, () -> driver(null).encode(new ProtocolMessage("complete", " ")));
        assertTrue(none.getMessage().startsWith("complete: takes the id of the operation to end"), none.getMessage());

        assertEquals("{\"type\":\"complete\",\"id\":\"op-7\"}", encoded(driver(null), "complete", "op-7"));
    }

    @Test
    void theOperationsRunningAreListed_tillTheServerOrTheUserEndsThem() throws PayloadException {
        GraphQlDriver driver = opened("graphql-transport-ws", null);
        receive(driver, "{\"type\":\"connection_ack\"}");
        encoded(driver, "subscribe", "{\"query\": \"subscription { greetings }\"}");
        encoded(driver, "subscribe", "{\"query\": \"query Q { hello }\", \"operationName\": \"Q\"}");
        encoded(driver, "subscribe", "{\"query\": \"subscription { ticks }\"}");
        encoded(driver, "subscribe", "{\"query\": \"{ nope }\"}");

        assertEquals(List.of(new Subscription("#1 subscription { greetings }", new ProtocolMessage("complete", "1")),
                new Subscription("#2 Q: query Q { hello }", new ProtocolMessage("complete", "2")),
                new Subscription("#3 subscription { ticks }", new ProtocolMessage("complete", "3")),
                new Subscription("#4 { nope }", new ProtocolMessage("complete", "4"))), driver.subscriptions());
        receive(driver, "{\"id\":\"1\",\"type\":\"complete\"}");
        receive(driver, "{\"id\":\"4\",\"type\":\"error\",\"payload\":[{\"message\":\"Cannot query field\"}]}");
        encoded(driver, "complete", "3");
        assertEquals(List.of("#2 Q: query Q { hello }"), driver.subscriptions().stream().map(Subscription::label).toList());

        timeline.append(new TimelineEvent.Closed(1000, "", ClosedBy.CLIENT));
        driver.closed();
        assertEquals(List.of(), driver.subscriptions());
    }

    @Test
    void theLegacyConnectionErrorIsARefusalInTheServersWords() {
        GraphQlDriver driver = opened("graphql-ws", "{\"token\": \"no\"}");
        receive(driver, "{\"type\":\"connection_error\",\"payload\":{\"message\":\"a token is needed\"}}");

        ExecutionException failed = assertThrows(ExecutionException.class, () -> driver.ready().get());
        assertInstanceOf(ProtocolRejected.class, failed.getCause());
        TimelineEvent.Error error = lastError();
        assertEquals(ProtocolRejected.CAUSE, error.cause());
        assertTrue(error.message().startsWith("The GraphQL server refused connection_init (connection_error): \"a token is needed\". Try"),
                error.message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4400|Invalid message received|4400 Bad Request: \"Invalid message received\". It received a message it could not read",
        "4401|Unauthorized|4401 Unauthorized: \"Unauthorized\". It does not let this connection run operations",
        "4403|Forbidden|4403 Forbidden: \"Forbidden\". It refused connection_init's payload. Try the payload it expects in connection_init (--init)",
        "4408|Connection initialisation timeout|4408 Connection initialisation timeout: \"Connection initialisation timeout\"."
            + " Wscope's connection_init did not reach it in time (graphql-ws waits 3 s by default). Try send connection_init sooner",
        "4409|Subscriber for 1 already exists|4409 Subscriber already exists: \"Subscriber for 1 already exists\". An operation with that id",
        "4429|Too many initialisation requests|4429 Too many initialisation requests: \"Too many initialisation requests\".",
        "4499|Terminated|4499 Terminated: \"Terminated\".",
    })
    void aRefusingCloseCodeIsNamedWithTheServersReasonAndWhatToTry(int code, String reason, String words) {
        GraphQlDriver driver = opened("graphql-transport-ws", null);
        timeline.append(new TimelineEvent.Closed(code, reason, ClosedBy.SERVER));
        driver.closed();

        TimelineEvent.Error error = lastError();
        assertEquals(ProtocolRejected.CAUSE, error.cause());
        assertTrue(error.message().startsWith("The GraphQL server closed the connection with " + words), error.message());
        assertTrue(error.message().contains(". Try "), error.message());
        ExecutionException failed = assertThrows(ExecutionException.class, () -> driver.ready().get());
        assertInstanceOf(ProtocolRejected.class, failed.getCause());
    }

    @Test
    void aNormalCloseIsNoRefusal() {
        GraphQlDriver driver = opened("graphql-transport-ws", null);
        receive(driver, "{\"type\":\"connection_ack\"}");
        timeline.append(new TimelineEvent.Closed(1000, "", ClosedBy.CLIENT));
        driver.closed();

        assertFalse(timeline.all().stream().anyMatch(entry -> entry.event() instanceof TimelineEvent.Error));
    }

    private TimelineEvent.Error lastError() {
        return LastEvent.of(timeline, TimelineEvent.Error.class).orElseThrow(() -> new AssertionError("no error event"));
    }
}
