package dev.wscope.protocol.actioncable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Action Cable's JSON-in-JSON: a frame is a JSON object whose "identifier" (and a command's "data") is itself a
 * JSON object written as a string. What the codec and the driver share to read it.
 */
final class CableFrames {
    /** The subprotocol Rails' server speaks; its JS client offers it and actioncable-unsupported. */
    static final String SUBPROTOCOL = "actioncable-v1-json";
    static final String UNSUPPORTED = "actioncable-unsupported";

    private CableFrames() {
    }

    /** The frame as a JSON object; empty when it is not one (then it is no Action Cable frame). */
    static Optional<JsonObject> object(byte[] payload) {
        try {
            JsonElement parsed = JsonParser.parseString(new String(payload, StandardCharsets.UTF_8));
            return parsed.isJsonObject() ? Optional.of(parsed.getAsJsonObject()) : Optional.empty();
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    /** A string field, or null when absent or not a string. */
    static String string(JsonObject frame, String name) {
        JsonElement value = frame.get(name);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString() : null;
    }

    /** A JSON-in-JSON field read as the object it holds; the string itself when it holds no object. */
    static JsonElement inner(String text) {
        try {
            JsonElement parsed = JsonParser.parseString(text);
            return parsed.isJsonObject() ? parsed : new JsonPrimitive(text);
        } catch (JsonParseException e) {
            return new JsonPrimitive(text);
        }
    }

    /** The channel's name an identifier holds ({"channel":"EchoChannel","room":"1"} -> EchoChannel), or the identifier itself. */
    static String channel(String identifier) {
        JsonElement parsed = inner(identifier);
        if (parsed.isJsonObject()) {
            String channel = string(parsed.getAsJsonObject(), "channel");
            if (channel != null) {
                return channel;
            }
        }
        return identifier;
    }
}
