package dev.wscope.protocol.graphql;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.protocol.ProtocolCodec;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.timeline.Direction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the messages of both GraphQL-over-WebSocket dialects, JSON objects {"type", "id", "payload"}: the
 * summary pairs a result with its operation by id (next #1 {"greetings":"Hi"}, error #4 Cannot query field ...),
 * a subscribe shows its query on one line, and ping, pong and the legacy ka are heartbeats.
 */
public final class GraphQlCodec implements ProtocolCodec {
    /** The message types of graphql-transport-ws and of the legacy graphql-ws; any other JSON is shown raw. */
    private static final Set<String> TYPES = Set.of("connection_init", "connection_ack", "connection_error",
            "connection_terminate", "ping", "pong", "ka", "subscribe", "start", "next", "data", "error", "complete", "stop");
    private static final Set<String> HEARTBEATS = Set.of("ping", "pong", "ka");
    /** A query longer than this is cut in the summary (the detail has it whole). */
    private static final int QUERY_SHOWN = 120;

    @Override
    public ProtocolKind kind() {
        return ProtocolKind.GRAPHQL;
    }

    @Override
    public Optional<Decoded> decode(Direction direction, boolean binary, byte[] payload) {
        if (binary) {
            return Optional.empty();
        }
        return message(new String(payload, StandardCharsets.UTF_8)).map(GraphQlCodec::decoded);
    }

    /** The negotiated subprotocol of either dialect; the server never speaks first, so its first message tells nothing. */
    @Override
    public boolean recognises(String subprotocol, boolean binary, byte[] firstReceived) {
        return subprotocol != null && GraphQlDialect.bySubprotocol(subprotocol).isPresent();
    }

    /** The text as a message of either dialect: a JSON object whose "type" is one of theirs. */
    static Optional<JsonObject> message(String text) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            return Optional.empty();
        }
        if (!parsed.isJsonObject()) {
            return Optional.empty();
        }
        JsonObject object = parsed.getAsJsonObject();
        return TYPES.contains(string(object, "type")) ? Optional.of(object) : Optional.empty();
    }

    private static Decoded decoded(JsonObject message) {
        String type = string(message, "type");
        JsonObject fields = new JsonObject();
        fields.addProperty("type", type);
        for (String name : List.of("id", "payload")) {
            if (message.has(name)) {
                fields.add(name, message.get(name));
            }
        }
        return new Decoded(type, summary(type, message), HEARTBEATS.contains(type), fields);
    }

    private static String summary(String type, JsonObject message) {
        JsonElement payload = message.get("payload");
        String id = message.has("id") && !message.get("id").isJsonNull() ? " #" + text(message.get("id")) : "";
        String words = switch (type) {
            case "subscribe", "start" -> operation(payload);
            case "next", "data" -> result(payload);
            case "error", "connection_error" -> errors(payload);
            default -> present(payload) ? payload.toString() : "";
        };
        return type + id + (words.isEmpty() ? "" : " " + words);
    }

    /** The operation as written, on one line: its name, its query (cut when long) and its variables. */
    static String operation(JsonElement payload) {
        if (!present(payload) || !payload.isJsonObject()) {
            return present(payload) ? payload.toString() : "";
        }
        JsonObject operation = payload.getAsJsonObject();
        String query = string(operation, "query").replaceAll("\\s+", " ").trim();
        if (query.length() > QUERY_SHOWN) {
            query = query.substring(0, QUERY_SHOWN) + "…";
        }
        String name = string(operation, "operationName");
        JsonElement variables = operation.get("variables");
        return (name.isEmpty() ? "" : name + ": ") + query
                + (present(variables) && !variables.toString().equals("{}") ? " " + variables : "");
    }

    /** A result: its data, and the messages of its errors when it has any. */
    private static String result(JsonElement payload) {
        if (!present(payload) || !payload.isJsonObject()) {
            return present(payload) ? payload.toString() : "";
        }
        JsonObject result = payload.getAsJsonObject();
        JsonElement data = result.get("data");
        String shown = present(data) ? data.toString() : "";
        String failed = result.has("errors") ? "errors: " + errors(result.get("errors")) : "";
        return shown.isEmpty() || failed.isEmpty() ? shown + failed : shown + " " + failed;
    }

    /** The errors' messages, "; " between them: graphql-ws sends a list of GraphQL errors, the legacy one an object. */
    static String errors(JsonElement payload) {
        if (!present(payload)) {
            return "";
        }
        List<JsonElement> each = new ArrayList<>();
        if (payload.isJsonArray()) {
            payload.getAsJsonArray().forEach(each::add);
        } else {
            each.add(payload);
        }
        List<String> messages = new ArrayList<>();
        for (JsonElement error : each) {
            boolean worded = error.isJsonObject() && !string(error.getAsJsonObject(), "message").isEmpty();
            messages.add(worded ? string(error.getAsJsonObject(), "message") : error.toString());
        }
        return String.join("; ", messages);
    }

    private static boolean present(JsonElement element) {
        return element != null && !element.isJsonNull();
    }

    /** A string member, or "" when it is absent or not a string. */
    static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString() : "";
    }

    private static String text(JsonElement element) {
        return element.isJsonPrimitive() ? element.getAsString() : element.toString();
    }
}
