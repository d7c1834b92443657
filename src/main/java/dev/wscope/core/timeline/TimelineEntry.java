package dev.wscope.core.timeline;

/** An event as recorded: its place in the session (from 1) and when it happened (epoch millis). */
public record TimelineEntry(long seq, long epochMillis, TimelineEvent event) {
}
