package dev.wscope.share.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.store.FormatProblem;
import dev.wscope.store.JsonDocuments;
import java.util.Optional;

/**
 * A saved message as an AsyncAPI message: its media type, a payload schema as far as the body tells, and
 * the body as an example (parsed, for JSON, so other tools see a real JSON value).
 */
final class MessageExport {
    private MessageExport() {
    }

    static JsonObject of(SavedMessage message) {
        JsonObject json = new JsonObject();
        json.addProperty("name", message.name());
        json.addProperty("contentType", ContentTypes.of(message.format()));
        Optional<JsonElement> parsed = message.format() == MessageFormat.JSON ? parsed(message.body()) : Optional.empty();
        JsonObject payload = new JsonObject();
        if (message.format() != MessageFormat.JSON) {
            payload.addProperty("type", "string");
            if (message.format() == MessageFormat.BASE64) {
                payload.addProperty("contentEncoding", "base64");
            }
        }
        parsed.ifPresent(value -> payload.addProperty("type", jsonType(value)));
        json.add("payload", payload);
        JsonObject example = new JsonObject();
        if (!message.name().isEmpty()) {
            example.addProperty("name", message.name());
        }
        example.add("payload", parsed.orElseGet(() -> new JsonPrimitive(message.body())));
        JsonArray examples = new JsonArray();
        examples.add(example);
        json.add("examples", examples);
        json.addProperty(Extensions.FORMAT, message.format().id());
        if (message.isProtocolMessage()) {
            json.addProperty(Extensions.VERB, message.verb());
        }
        if (parsed.isPresent()) {
            json.addProperty(Extensions.BODY, message.body());
        }
        return json;
    }

    /** A JSON body as a value; empty when it does not parse (a {{variable}} in place of a number, say). */
    private static Optional<JsonElement> parsed(String body) {
        try {
            return Optional.of(JsonDocuments.parse(body));
        } catch (FormatProblem e) {
            return Optional.empty();
        }
    }

    private static String jsonType(JsonElement value) {
        if (value.isJsonObject()) {
            return "object";
        }
        if (value.isJsonArray()) {
            return "array";
        }
        if (value.isJsonNull()) {
            return "null";
        }
        var primitive = value.getAsJsonPrimitive();
        return primitive.isBoolean() ? "boolean" : primitive.isNumber() ? "number" : "string";
    }
}
