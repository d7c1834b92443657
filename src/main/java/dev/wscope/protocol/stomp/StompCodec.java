package dev.wscope.protocol.stomp;

import com.google.gson.JsonObject;
import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.protocol.ProtocolCodec;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.timeline.Direction;
import java.util.Optional;

/**
 * Reads STOMP frames, either side's: command, headers and body in the contract's fields, a summary naming what
 * matters (MESSAGE /topic/prices {"p":1}, CONNECTED 1.2, RECEIPT r-1, ERROR Bad CONNECT: Access refused ...),
 * and a message of end-of-lines only as a heart-beat.
 */
public final class StompCodec implements ProtocolCodec {
    private static final int SUMMARY_BODY = 80;

    @Override
    public ProtocolKind kind() {
        return ProtocolKind.STOMP;
    }

    @Override
    public Optional<Decoded> decode(Direction direction, boolean binary, byte[] payload) {
        if (StompFrame.isHeartbeat(payload)) {
            return Optional.of(new Decoded("heartbeat", "heart-beat", true, new JsonObject()));
        }
        return StompFrame.parse(payload).map(frame -> new Decoded(frame.command(), summary(frame), false, fields(frame)));
    }

    /** A STOMP subprotocol was agreed, or the server's first message is a STOMP CONNECTED or ERROR frame. */
    @Override
    public boolean recognises(String subprotocol, boolean binary, byte[] firstReceived) {
        if (StompVersion.isSubprotocol(subprotocol)) {
            return true;
        }
        return firstReceived != null && StompFrame.parse(firstReceived)
                .filter(frame -> frame.command().equals("CONNECTED") || frame.command().equals("ERROR")).isPresent();
    }

    private static JsonObject fields(StompFrame frame) {
        JsonObject fields = new JsonObject();
        fields.addProperty("command", frame.command());
        JsonObject headers = new JsonObject();
        frame.headers().forEach(headers::addProperty);
        fields.add("headers", headers);
        fields.addProperty("body", frame.body());
        return fields;
    }

    static String summary(StompFrame frame) {
        String detail = switch (frame.command()) {
            case "CONNECTED" -> frame.header("version").orElse(StompVersion.V1_0.number());
            case "CONNECT", "STOMP" -> frame.header("accept-version").orElse(StompVersion.V1_0.number())
                    + frame.header("login").map(login -> " " + login).orElse("") + frame.header("host").map(host -> " @" + host).orElse("");
            case "MESSAGE", "SEND" -> frame.header("destination").orElse("") + " " + oneLine(frame.body());
            case "SUBSCRIBE" -> frame.header("destination").orElse("") + frame.header("id").map(id -> " " + id).orElse("");
            case "UNSUBSCRIBE" -> frame.header("id").or(() -> frame.header("destination")).orElse("");
            case "ACK", "NACK" -> frame.header("id").or(() -> frame.header("message-id")).orElse("");
            case "RECEIPT" -> frame.header("receipt-id").orElse("");
            case "ERROR" -> errorWords(frame);
            case "BEGIN", "COMMIT", "ABORT" -> frame.header("transaction").orElse("");
            default -> frame.header("receipt").orElse("");
        };
        return (frame.command() + " " + detail).strip();
    }

    /** An ERROR's words: its message header, then the first line of its body when that says more. */
    static String errorWords(StompFrame frame) {
        String message = frame.header("message").orElse("").strip();
        String body = frame.body().strip().lines().findFirst().orElse("");
        if (body.isEmpty() || body.equals(message)) {
            return message;
        }
        return message.isEmpty() ? body : message + ": " + body;
    }

    private static String oneLine(String body) {
        String line = body.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= SUMMARY_BODY ? line : line.substring(0, SUMMARY_BODY) + "…";
    }
}
