package dev.wscope.protocol.socketio;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.protocol.ProtocolCodec;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.timeline.Direction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads Engine.IO 3/4 frames and the Socket.IO packets inside them: open, close, ping, pong, upgrade, noop, and
 * connect, disconnect, event, ack, connect_error (binary events and acks with their count of attachments); a binary
 * frame is an attachment of the packet before it. Fields of the contract: type, namespace, event, args, id; beside
 * them data (the open packet's, connect's and connect_error's JSON) and attachments.
 */
public final class SocketIoCodec implements ProtocolCodec {
    private static final int SUMMARY_LIMIT = 200;

    @Override
    public ProtocolKind kind() {
        return ProtocolKind.SOCKET_IO;
    }

    @Override
    public Optional<Decoded> decode(Direction direction, boolean binary, byte[] payload) {
        if (binary) {
            JsonObject fields = fields("attachment");
            return Optional.of(new Decoded("attachment", "binary attachment, " + payload.length + " bytes", false, fields));
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String rest = text.substring(1);
        return switch (text.charAt(0)) {
            case '0' -> open(rest);
            case '1' -> bare(rest, "close");
            case '2' -> heartbeat(rest, "ping");
            case '3' -> heartbeat(rest, "pong");
            case '4' -> SocketIoPacket.parse(rest).map(SocketIoCodec::describe);
            case '5' -> bare(rest, "upgrade");
            case '6' -> bare(rest, "noop");
            default -> Optional.empty();
        };
    }

    /** An Engine.IO open packet from the server: the first frame of every Socket.IO connection. */
    @Override
    public boolean recognises(String subprotocol, boolean binary, byte[] firstReceived) {
        if (binary || firstReceived == null || firstReceived.length < 2 || firstReceived[0] != '0' || firstReceived[1] != '{') {
            return false;
        }
        return open(new String(firstReceived, 1, firstReceived.length - 1, StandardCharsets.UTF_8))
                .map(decoded -> decoded.fields().getAsJsonObject("data").has("pingInterval")).orElse(false);
    }

    private static Optional<Decoded> open(String json) {
        try {
            JsonElement data = JsonParser.parseString(json);
            if (!data.isJsonObject() || !data.getAsJsonObject().has("sid")) {
                return Optional.empty();
            }
            JsonObject fields = fields("open");
            fields.add("data", data);
            return Optional.of(new Decoded("open", "open " + shortened(data.toString()), false, fields));
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    /** Engine.IO's ping and pong, with "probe" when they test an upgrade. */
    private static Optional<Decoded> heartbeat(String rest, String type) {
        if (!rest.isEmpty() && !"probe".equals(rest)) {
            return Optional.empty();
        }
        return Optional.of(new Decoded(type, rest.isEmpty() ? type : type + " probe", true, fields(type)));
    }

    /** An Engine.IO packet without data: close, upgrade, noop. */
    private static Optional<Decoded> bare(String rest, String type) {
        return rest.isEmpty() ? Optional.of(new Decoded(type, type, false, fields(type))) : Optional.empty();
    }

    private static Decoded describe(SocketIoPacket packet) {
        return switch (packet.type()) {
            case SocketIoPacket.CONNECT -> withData(packet, "connect");
            case SocketIoPacket.DISCONNECT -> withData(packet, "disconnect");
            case SocketIoPacket.CONNECT_ERROR -> connectError(packet);
            case SocketIoPacket.ACK, SocketIoPacket.BINARY_ACK -> ack(packet);
            default -> event(packet);
        };
    }

    private static Decoded withData(SocketIoPacket packet, String type) {
        JsonObject fields = namespaced(type, packet);
        StringBuilder summary = new StringBuilder(type).append(' ').append(packet.namespace());
        if (packet.data() != null) {
            fields.add("data", packet.data());
            summary.append(' ').append(packet.data());
        }
        return new Decoded(type, shortened(summary.toString()), false, fields);
    }

    /** The server's words: Socket.IO 3/4 send {"message": ...}, Socket.IO 2 a bare string. */
    private static Decoded connectError(SocketIoPacket packet) {
        Decoded decoded = withData(packet, "connect_error");
        String words = words(packet.data());
        return new Decoded(decoded.type(), shortened("connect_error " + packet.namespace() + ": " + words), false, decoded.fields());
    }

    static String words(JsonElement data) {
        if (data == null || data.isJsonNull()) {
            return "(no reason given)";
        }
        if (data.isJsonPrimitive()) {
            return data.getAsString();
        }
        if (data.isJsonObject() && data.getAsJsonObject().get("message") instanceof JsonPrimitive message) {
            JsonElement more = data.getAsJsonObject().get("data");
            return message.getAsString() + (more == null || more.isJsonNull() ? "" : " " + more);
        }
        return data.toString();
    }

    private static Decoded event(SocketIoPacket packet) {
        JsonObject fields = namespaced("event", packet);
        JsonArray args = packet.data() != null && packet.data().isJsonArray() ? packet.data().getAsJsonArray().deepCopy() : new JsonArray();
        String name = !args.isEmpty() && args.get(0).isJsonPrimitive() ? args.remove(0).getAsString() : "";
        fields.addProperty("event", name);
        fields.add("args", args);
        StringBuilder summary = new StringBuilder("emit ");
        appendNamespace(summary, packet);
        summary.append(name);
        appendId(summary, packet);
        summary.append(' ').append(args);
        return new Decoded("event", shortened(attachments(summary, packet)), false, fields);
    }

    private static Decoded ack(SocketIoPacket packet) {
        JsonObject fields = namespaced("ack", packet);
        JsonArray args = packet.data() != null && packet.data().isJsonArray() ? packet.data().getAsJsonArray() : new JsonArray();
        fields.add("args", args);
        StringBuilder summary = new StringBuilder("ack ");
        appendNamespace(summary, packet);
        summary.append('#').append(packet.id()).append(' ').append(args);
        return new Decoded("ack", shortened(attachments(summary, packet)), false, fields);
    }

    private static void appendNamespace(StringBuilder summary, SocketIoPacket packet) {
        if (!SocketIoPacket.DEFAULT_NAMESPACE.equals(packet.namespace())) {
            summary.append(packet.namespace()).append(' ');
        }
    }

    private static void appendId(StringBuilder summary, SocketIoPacket packet) {
        if (packet.id() != null) {
            summary.append(" #").append(packet.id());
        }
    }

    private static String attachments(StringBuilder summary, SocketIoPacket packet) {
        if (packet.attachments() > 0) {
            summary.append(" + ").append(packet.attachments()).append(packet.attachments() == 1 ? " binary attachment" : " binary attachments");
        }
        return summary.toString();
    }

    private static JsonObject namespaced(String type, SocketIoPacket packet) {
        JsonObject fields = fields(type);
        fields.addProperty("namespace", packet.namespace());
        if (packet.id() != null) {
            fields.addProperty("id", packet.id());
        }
        if (packet.attachments() > 0) {
            fields.addProperty("attachments", packet.attachments());
        }
        return fields;
    }

    private static JsonObject fields(String type) {
        JsonObject fields = new JsonObject();
        fields.addProperty("type", type);
        return fields;
    }

    private static String shortened(String summary) {
        return summary.length() <= SUMMARY_LIMIT ? summary : summary.substring(0, SUMMARY_LIMIT - 1) + "…";
    }
}
