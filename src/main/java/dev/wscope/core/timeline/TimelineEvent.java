package dev.wscope.core.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Everything that can happen on a connection, as immutable values, each of an {@link EventKind}. */
public sealed interface TimelineEvent {

    EventKind eventKind();

    /** The contract's kind word: connecting, handshake-request, ..., closed. */
    default String kind() {
        return eventKind().word();
    }

    /** The events a user sees as "in" or "out"; null where direction does not apply. */
    default Direction direction() {
        return null;
    }

    /** Payload or header size in bytes, 0 where it means nothing. */
    default long size() {
        return 0;
    }

    /**
     * insecure: certificate checks were off for this attempt (--insecure, or the window's INSECURE badge);
     * protocol: the id of the protocol spoken over it (socket.io ...), null for raw frames. The messages that
     * follow, up to the next attempt, are read in its terms.
     */
    record Connecting(String url, boolean insecure, String protocol) implements TimelineEvent {
        public Connecting(String url) {
            this(url, false, null);
        }

        public Connecting(String url, boolean insecure) {
            this(url, insecure, null);
        }

        public EventKind eventKind() {
            return EventKind.CONNECTING;
        }
    }

    record HandshakeRequest(String line, List<Header> headers) implements TimelineEvent {
        public HandshakeRequest {
            headers = List.copyOf(headers);
        }

        public EventKind eventKind() {
            return EventKind.HANDSHAKE_REQUEST;
        }

        public Direction direction() {
            return Direction.OUT;
        }
    }

    record HandshakeResponse(int status, String reason, List<Header> headers) implements TimelineEvent {
        public HandshakeResponse {
            headers = List.copyOf(headers);
        }

        public EventKind eventKind() {
            return EventKind.HANDSHAKE_RESPONSE;
        }

        public Direction direction() {
            return Direction.IN;
        }
    }

    record Opened(String subprotocol, List<String> extensions) implements TimelineEvent {
        public Opened {
            extensions = List.copyOf(extensions);
        }

        public EventKind eventKind() {
            return EventKind.OPEN;
        }
    }

    /** A data message. Text is kept as UTF-8 bytes: compact, and exactly what crossed the wire. */
    record Message(Direction direction, boolean binary, byte[] payload) implements TimelineEvent {
        public static Message text(Direction direction, String text) {
            return new Message(direction, false, text.getBytes(StandardCharsets.UTF_8));
        }

        public static Message binary(Direction direction, byte[] bytes) {
            return new Message(direction, true, bytes);
        }

        public EventKind eventKind() {
            return EventKind.message(direction);
        }

        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        public long size() {
            return payload.length;
        }
    }

    /**
     * A ping or pong frame. The payload is null when only the frame's size is known (a session file may say
     * so), so size is kept apart. roundTrip: for a pong that answers a ping of Wscope's, the time since that ping went
     * out; null otherwise.
     */
    record Control(boolean ping, Direction direction, byte[] payload, long size, Duration roundTrip)
            implements TimelineEvent {
        public Control(boolean ping, Direction direction, byte[] payload, long size) {
            this(ping, direction, payload, size, null);
        }

        public static Control of(boolean ping, Direction direction, byte[] payload) {
            return new Control(ping, direction, payload, payload.length);
        }

        /** A pong from the server, answering a ping of Wscope's roundTrip ago (null: not an answer to one). */
        public static Control pongIn(byte[] payload, Duration roundTrip) {
            return new Control(false, Direction.IN, payload, payload.length, roundTrip);
        }

        public EventKind eventKind() {
            return ping ? EventKind.PING : EventKind.PONG;
        }
    }

    /** cause: a cause code where one applies (protocol-rejected), else null. */
    record Error(String message, String cause) implements TimelineEvent {
        public Error(String message) {
            this(message, null);
        }

        public EventKind eventKind() {
            return EventKind.ERROR;
        }
    }

    record Closed(int code, String reason, ClosedBy by) implements TimelineEvent {
        public EventKind eventKind() {
            return EventKind.CLOSED;
        }

        public String meaning() {
            return CloseCodes.meaning(code);
        }
    }
}
