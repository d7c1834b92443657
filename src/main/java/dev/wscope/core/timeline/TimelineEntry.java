package dev.wscope.core.timeline;

/**
 * An event as recorded: its place in the session (from 1) and when it happened (epoch millis). Entries are
 * built each time they are read, so one entry is known by its place and time, not by its payload array.
 */
public record TimelineEntry(long seq, long epochMillis, TimelineEvent event) {
    @Override
    public boolean equals(Object other) {
        return other instanceof TimelineEntry entry && entry.seq == seq && entry.epochMillis == epochMillis
                && entry.event.eventKind() == event.eventKind();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq) * 31 + Long.hashCode(epochMillis);
    }
}
