package dev.wscope.protocol.graphql;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.protocol.Subscription;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.protocol.DriverBase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Speaks GraphQL over WebSocket in the dialect the server chose from the two offered: sends connection_init (with
 * the --init payload), is ready at connection_ack, answers graphql-transport-ws's ping with pong, gives operations
 * the ids 1, 2, 3 ... (listed while they run, for the window), and names a refusal (the legacy connection_error, a
 * close code of graphql-ws's) in the server's words with what to try.
 */
public final class GraphQlDriver extends DriverBase {
    /** The verbs of -m: subscribe runs a query, mutation or subscription; complete ends one by its id. */
    public static final Set<String> VERBS = Set.of("subscribe", "complete");

    private static final String SUBSCRIBE_FORM = "subscribe: takes a JSON object {\"query\": \"...\", \"variables\": {...},"
            + " \"operationName\": \"...\"} (only query is needed), e.g. subscribe:{\"query\": \"subscription { greetings }\"}";

    private final JsonObject init;
    /** Until the connection opens the current dialect frames messages: a check of them before dialling is the same. */
    private volatile GraphQlDialect dialect = GraphQlDialect.TRANSPORT_WS;
    private final AtomicInteger lastId = new AtomicInteger();
    private final RunningOperations operations = new RunningOperations();

    /** IllegalArgumentException when the --init payload is not a JSON object. */
    public GraphQlDriver(ProtocolSetup setup, SessionTimeline timeline) {
        super(timeline);
        this.init = setup.setting(ProtocolSetup.INIT).map(GraphQlDriver::initPayload).orElse(null);
    }

    /** What is wrong is said without the value itself: it often holds a token. */
    private static JsonObject initPayload(String json) {
        String wrong;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (parsed.isJsonObject()) {
                return parsed.getAsJsonObject();
            }
            wrong = "what was given is JSON but not an object";
        } catch (JsonParseException e) {
            wrong = "what was given is not JSON";
        }
        throw new IllegalArgumentException("--init takes connection_init's payload, a JSON object such as"
                + " {\"token\": \"...\"}; " + wrong);
    }

    /** Offers both dialects (legacy first, see {@link GraphQlDialect#OFFERED}) unless the user named one of them. */
    @Override
    public ConnectRequest prepare(ConnectRequest request) {
        List<String> offered = new ArrayList<>(request.subprotocols());
        if (offered.stream().noneMatch(named -> GraphQlDialect.bySubprotocol(named).isPresent())) {
            offered.addAll(GraphQlDialect.OFFERED);
        }
        return new ConnectRequest(request.url(), request.headers(), request.cookies(), offered, request.options());
    }

    /** The server chose the dialect by its subprotocol (a server that chose none is spoken to in the current one). */
    @Override
    protected void start() {
        dialect = LastEvent.of(timeline, TimelineEvent.Opened.class).map(TimelineEvent.Opened::subprotocol)
                .flatMap(GraphQlDialect::bySubprotocol).orElse(GraphQlDialect.TRANSPORT_WS);
        sendOwn(OutgoingMessage.text(frame("connection_init", null, init).toString()));
    }

    @Override
    public void received(boolean binary, byte[] payload) {
        if (binary) {
            return;
        }
        Optional<JsonObject> message = GraphQlCodec.message(new String(payload, StandardCharsets.UTF_8));
        if (message.isEmpty()) {
            return;
        }
        switch (GraphQlCodec.string(message.get(), "type")) {
            case "connection_ack" -> markReady();
            case "complete", "error" -> operations.ended(GraphQlCodec.string(message.get(), "id"));
            case "ping" -> answerPing(message.get().get("payload"));
            case "connection_error" -> rejected(GraphQlRefusal.ofConnectionError(GraphQlCodec.errors(message.get().get("payload"))));
            default -> {
                // results and keep-alives are the user's to read, on the timeline
            }
        }
    }

    /** graphql-transport-ws's ping wants a pong; its payload, if any, goes back with it. */
    private void answerPing(JsonElement payload) {
        sendOwn(OutgoingMessage.text(frame("pong", null, payload).toString()));
    }

    /** A close code that refuses (4403 Forbidden ...) is named, unless the legacy connection_error named it already. */
    @Override
    public void closed() {
        operations.clear();
        LastEvent.of(timeline, TimelineEvent.Closed.class)
                .flatMap(closed -> GraphQlRefusal.ofClose(closed.code(), closed.reason()))
                .ifPresent(this::rejected);
        super.closed();
    }

    /** The operations running, each ended by its complete:ID. */
    @Override
    public List<Subscription> subscriptions() {
        return operations.list();
    }

    @Override
    public List<OutgoingMessage> encode(ProtocolMessage message) throws PayloadException {
        JsonObject frame = switch (message.verb()) {
            case "subscribe" -> subscribe(message.argument());
            case "complete" -> complete(message.argument().trim());
            default -> throw new PayloadException("GraphQL's verbs are subscribe and complete; got " + message.verb());
        };
        return List.of(OutgoingMessage.text(frame.toString()));
    }

    private JsonObject subscribe(String argument) throws PayloadException {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(argument);
        } catch (JsonParseException e) {
            throw new PayloadException(SUBSCRIBE_FORM + "; got " + argument + " (not JSON)");
        }
        if (!parsed.isJsonObject()) {
            throw new PayloadException(SUBSCRIBE_FORM + "; got " + argument);
        }
        JsonObject operation = parsed.getAsJsonObject();
        if (GraphQlCodec.string(operation, "query").isBlank()) {
            throw new PayloadException(SUBSCRIBE_FORM + "; its \"query\", the GraphQL document as a string, is missing");
        }
        require(operation, "variables", JsonElement::isJsonObject, "a JSON object");
        require(operation, "operationName", element -> element.isJsonPrimitive() && element.getAsJsonPrimitive().isString(),
                "a string");
        String id = String.valueOf(lastId.incrementAndGet());
        operations.started(id, GraphQlCodec.operation(operation));
        return frame(dialect.subscribeType(), id, operation);
    }

    private static void require(JsonObject operation, String member, Predicate<JsonElement> test,
                                String what) throws PayloadException {
        JsonElement value = operation.get(member);
        if (value != null && !value.isJsonNull() && !test.test(value)) {
            throw new PayloadException(SUBSCRIBE_FORM + "; its \"" + member + "\" must be " + what + ", got " + value);
        }
    }

    /**
     * Any id: the window frames a message on a driver of its own to show it, which has started no operation, and a
     * server's operation may have been started by a raw frame.
     */
    private JsonObject complete(String id) throws PayloadException {
        if (id.isEmpty()) {
            throw new PayloadException("complete: takes the id of the operation to end (subscribe: numbers them 1, 2, 3"
                    + " ... in the order sent), e.g. complete:1; the id is missing");
        }
        operations.ended(id);
        return frame(dialect.completeType(), id, null);
    }

    /** {"type", "id", "payload"}, the members that are set, in the order the libraries write them. */
    private static JsonObject frame(String type, String id, JsonElement payload) {
        JsonObject frame = new JsonObject();
        frame.addProperty("type", type);
        if (id != null) {
            frame.addProperty("id", id);
        }
        if (payload != null && !payload.isJsonNull()) {
            frame.add("payload", payload);
        }
        return frame;
    }
}
