package dev.wscope.protocol;

import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.timeline.TimelineEntry;

/**
 * Pairs a reply with the message that asked for it, across one timeline read in order (a Socket.IO ack with its
 * emit): the reply's decoded fields gain what the pairing tells, such as the round-trip time. One per reading.
 */
@FunctionalInterface
public interface ReplyPairing {
    /** No replies to pair: every message as decoded. */
    ReplyPairing NONE = (entry, decoded) -> decoded;

    /** The message's decoded form, with what its pairing adds; entry is the timeline's (its time, its direction). */
    Decoded pair(TimelineEntry entry, Decoded decoded);
}
