package dev.wscope.protocol.actioncable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.protocol.ProtocolCodec;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.timeline.Direction;
import java.util.Optional;

/**
 * Reads Action Cable frames: the server's welcome, ping, confirm_subscription, reject_subscription, disconnect and
 * channel messages ({"identifier": ..., "message": ...}, type "message"), and the client's subscribe, unsubscribe
 * and message commands; identifiers and a command's data are shown as the objects their JSON-in-JSON holds.
 * Stateless, any thread.
 */
public final class ActionCableCodec implements ProtocolCodec {
    /** A summary shows this much of a message's JSON: the Summary column is one line. */
    private static final int SHOWN = 160;

    @Override
    public ProtocolKind kind() {
        return ProtocolKind.ACTION_CABLE;
    }

    @Override
    public Optional<Decoded> decode(Direction direction, boolean binary, byte[] payload) {
        if (binary) {
            return Optional.empty();
        }
        return CableFrames.object(payload).flatMap(frame -> direction == Direction.OUT ? command(frame) : fromServer(frame));
    }

    @Override
    public boolean recognises(String subprotocol, boolean binary, byte[] firstReceived) {
        if (CableFrames.SUBPROTOCOL.equals(subprotocol)) {
            return true;
        }
        return !binary && firstReceived != null && CableFrames.object(firstReceived)
                .map(frame -> "welcome".equals(CableFrames.string(frame, "type"))).orElse(false);
    }

    private static Optional<Decoded> fromServer(JsonObject frame) {
        String type = CableFrames.string(frame, "type");
        String identifier = CableFrames.string(frame, "identifier");
        if (type == null) {
            // a channel's transmit or broadcast carries no type, only its identifier and the message
            return identifier != null && frame.has("message") ? Optional.of(message(identifier, frame.get("message"))) : Optional.empty();
        }
        JsonObject fields = new JsonObject();
        fields.addProperty("type", type);
        if (identifier != null) {
            fields.add("identifier", CableFrames.inner(identifier));
        }
        copy(frame, fields, "message", "reason", "reconnect");
        String channel = identifier == null ? "" : " " + CableFrames.channel(identifier);
        return Optional.of(switch (type) {
            case "ping" -> new Decoded(type, "ping" + (frame.has("message") ? " " + frame.get("message") : ""), true, fields);
            case "confirm_subscription" -> new Decoded(type, "confirm" + channel, false, fields);
            case "reject_subscription" -> new Decoded(type, "reject" + channel, false, fields);
            case "disconnect" -> new Decoded(type, disconnect(frame), false, fields);
            default -> new Decoded(type, type + channel, false, fields); // welcome, and types of newer servers
        });
    }

    private static Decoded message(String identifier, JsonElement message) {
        JsonObject fields = new JsonObject();
        fields.addProperty("type", "message");
        fields.add("identifier", CableFrames.inner(identifier));
        fields.add("message", message);
        return new Decoded("message", "message " + CableFrames.channel(identifier) + " " + shown(message.toString()), false, fields);
    }

    /** disconnect unauthorized (no reconnect): the reason, and whether the server lets the client come back. */
    static String disconnect(JsonObject frame) {
        String reason = CableFrames.string(frame, "reason");
        JsonElement reconnect = frame.get("reconnect");
        String again = reconnect == null || !reconnect.isJsonPrimitive() ? ""
                : reconnect.getAsBoolean() ? " (may reconnect)" : " (no reconnect)";
        return "disconnect" + (reason == null ? "" : " " + reason) + again;
    }

    private static Optional<Decoded> command(JsonObject frame) {
        String command = CableFrames.string(frame, "command");
        String identifier = CableFrames.string(frame, "identifier");
        if (command == null || identifier == null) {
            return Optional.empty();
        }
        JsonObject fields = new JsonObject();
        fields.addProperty("type", command);
        fields.add("identifier", CableFrames.inner(identifier));
        String channel = CableFrames.channel(identifier);
        String data = CableFrames.string(frame, "data");
        if (!"message".equals(command) || data == null) {
            return Optional.of(new Decoded(command, command + " " + channel, false, fields));
        }
        JsonElement inner = CableFrames.inner(data);
        fields.add("data", inner);
        return Optional.of(new Decoded(command, perform(channel, inner), false, fields));
    }

    /** perform EchoChannel speak {"text":"hi"}: the action apart from the rest of its data; message ... without one. */
    private static String perform(String channel, JsonElement data) {
        if (data.isJsonObject() && CableFrames.string(data.getAsJsonObject(), "action") != null) {
            JsonObject rest = data.getAsJsonObject().deepCopy();
            String action = rest.remove("action").getAsString();
            return "perform " + channel + " " + action + (rest.size() == 0 ? "" : " " + shown(rest.toString()));
        }
        return "message " + channel + " " + shown(data.isJsonPrimitive() ? data.getAsString() : data.toString());
    }

    private static void copy(JsonObject from, JsonObject to, String... names) {
        for (String name : names) {
            if (from.has(name)) {
                to.add(name, from.get(name));
            }
        }
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
