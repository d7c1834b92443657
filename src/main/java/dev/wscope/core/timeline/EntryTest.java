package dev.wscope.core.timeline;

/**
 * A test of one entry that reads the timeline's columns in place, so a search over a million messages builds
 * no entry, no event and no payload copy per message (see {@link SessionTimeline#test}).
 * Thread contract: called on the searching thread; the bytes are shared and must not be changed or kept.
 */
public interface EntryTest {
    /** Asked first for a message, before its payload is read (perhaps from disk): false rejects it. */
    boolean wants(Direction direction, String kind);

    /** A message's payload: bytes[offset, offset + length). */
    boolean message(Direction direction, boolean binary, String kind, byte[] bytes, int offset, int length);

    /** Any other event (rare: handshakes, pings, errors, closes). */
    boolean event(TimelineEvent event);
}
