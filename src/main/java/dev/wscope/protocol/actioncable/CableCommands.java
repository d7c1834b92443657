package dev.wscope.protocol.actioncable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.wscope.core.payload.PayloadException;

/**
 * The client's commands as Rails' JS client writes them: the identifier and the data are JSON objects sent as
 * strings inside the command (JSON-in-JSON), compact and in the order the user wrote their keys, since the server
 * names a subscription by that exact string.
 */
final class CableCommands {
    private CableCommands() {
    }

    /** {"channel": "EchoChannel", "room": "1"} as the identifier string; a bare name (EchoChannel) as {"channel": name}. */
    static String identifier(String argument) throws PayloadException {
        String written = argument.strip();
        if (!written.startsWith("{")) {
            if (written.isEmpty() || written.chars().anyMatch(Character::isWhitespace)) {
                throw new PayloadException("a channel's identifier is an object with its \"channel\", e.g. "
                        + "{\"channel\": \"ChatChannel\", \"room\": \"1\"}, or a channel's name alone; got \"" + argument + "\"");
            }
            JsonObject named = new JsonObject();
            named.addProperty("channel", written);
            return named.toString();
        }
        JsonObject identifier = object(written, "a channel's identifier", "{\"channel\": \"ChatChannel\", \"room\": \"1\"}");
        if (CableFrames.string(identifier, "channel") == null) {
            throw new PayloadException("a channel's identifier names its \"channel\" (the channel's class), e.g. "
                    + "{\"channel\": \"ChatChannel\", \"room\": \"1\"}; got " + written);
        }
        return identifier.toString();
    }

    /** {"action": "speak", ...} as the data string: the action goes inside the data, as Rails' perform does. */
    static String data(String argument) throws PayloadException {
        JsonObject data = object(argument.strip(), "perform's data", "{\"action\": \"speak\", \"text\": \"hi\"}");
        if (CableFrames.string(data, "action") == null) {
            throw new PayloadException("perform names its \"action\" (a public method of the channel) among its data, e.g. "
                    + "{\"action\": \"speak\", \"text\": \"hi\"}; got " + argument.strip());
        }
        return data.toString();
    }

    /** {"command": "subscribe", "identifier": "{...}"} */
    static String command(String command, String identifier) {
        JsonObject frame = new JsonObject();
        frame.addProperty("command", command);
        frame.addProperty("identifier", identifier);
        return frame.toString();
    }

    /** {"command": "message", "identifier": "{...}", "data": "{...}"} */
    static String message(String identifier, String data) {
        JsonObject frame = new JsonObject();
        frame.addProperty("command", "message");
        frame.addProperty("identifier", identifier);
        frame.addProperty("data", data);
        return frame.toString();
    }

    private static JsonObject object(String text, String what, String example) throws PayloadException {
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (parsed.isJsonObject()) {
                return parsed.getAsJsonObject();
            }
        } catch (JsonParseException e) {
            throw new PayloadException(what + " is a JSON object, e.g. " + example + "; got " + text + " ("
                    + e.getMessage().replaceFirst("^[\\w.]+Exception: ", "") + ")");
        }
        throw new PayloadException(what + " is a JSON object, e.g. " + example + "; got " + text);
    }
}
