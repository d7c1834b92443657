package dev.wscope.core.search;

import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** Finds the matching events of a range of the timeline on every core, in timeline order. Any thread. */
public final class ParallelScan {
    private ParallelScan() {
    }

    public static int[] matching(SessionTimeline timeline, int from, int to, Predicate<TimelineEntry> predicate) {
        return IntStream.range(from, to).parallel().filter(index -> predicate.test(timeline.get(index))).toArray();
    }
}
