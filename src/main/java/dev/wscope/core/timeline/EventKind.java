package dev.wscope.core.timeline;

import java.util.Optional;

/** The kinds of timeline events, with the words of the contract's session timeline (docs/contract.md). */
public enum EventKind {
    CONNECTING("connecting"),
    HANDSHAKE_REQUEST("handshake-request"),
    HANDSHAKE_RESPONSE("handshake-response"),
    OPEN("open"),
    SENT("sent"),
    RECEIVED("received"),
    PING("ping"),
    PONG("pong"),
    ERROR("error"),
    CLOSED("closed");

    private final String word;

    EventKind(String word) {
        this.word = word;
    }

    /** The word in JSON, on the timeline and in filters. */
    public String word() {
        return word;
    }

    public static Optional<EventKind> byWord(String word) {
        for (EventKind kind : values()) {
            if (kind.word.equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** A data message's kind by its direction. */
    public static EventKind message(Direction direction) {
        return direction == Direction.OUT ? SENT : RECEIVED;
    }
}
