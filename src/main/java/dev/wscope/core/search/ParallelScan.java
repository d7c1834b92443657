package dev.wscope.core.search;

import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** Finds the matching events of a range of the timeline on every core, in timeline order. Any thread. */
public final class ParallelScan {
    private ParallelScan() {
    }

    /** A query's EventFilter reads the columns in place; any other predicate is given built entries. */
    public static int[] matching(SessionTimeline timeline, int from, int to, Predicate<TimelineEntry> predicate) {
        if (predicate instanceof EventFilter filter) {
            return IntStream.range(from, to).parallel().filter(index -> filter.matches(timeline, index)).toArray();
        }
        return IntStream.range(from, to).parallel().filter(index -> predicate.test(timeline.get(index))).toArray();
    }
}
