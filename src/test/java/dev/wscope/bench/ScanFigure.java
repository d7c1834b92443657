package dev.wscope.bench;

import dev.wscope.core.search.EventFilter;
import dev.wscope.core.search.ParallelScan;
import dev.wscope.core.search.SearchQuery;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The search's core alone, on the benchmark's million events: one thread (CPU time, steady on a busy machine)
 * and every core (wall time). `java -cp ... dev.wscope.bench.ScanFigure [runs]`.
 */
public final class ScanFigure {
    private ScanFigure() {
    }

    /** As ParallelScan tests an index: in place when the predicate can. */
    private static boolean matches(Predicate<TimelineEntry> predicate, SessionTimeline timeline, int index) {
        return predicate instanceof EventFilter filter ? filter.matches(timeline, index) : predicate.test(timeline.get(index));
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        SessionTimeline timeline = ExtraFigures.millionMessages();
        String[][] queries = {{"eth-usd 90999.25", "words"}, {"ETH-USD", "case"}, {"eth-usd.*90999\\.25", "regex"}};
        for (String[] query : queries) {
            Predicate<TimelineEntry> predicate = new SearchQuery(query[0], query[1].equals("regex"),
                    query[1].equals("case"), Direction.IN, null).toPredicate();
            double[] cpu = new double[runs];
            double[] wall = new double[runs];
            int found = 0;
            for (int run = 0; run < runs; run++) {
                long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                int count = 0;
                for (int i = 0; i < timeline.size(); i++) {
                    count += matches(predicate, timeline, i) ? 1 : 0;
                }
                cpu[run] = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e6;
                long wallStart = System.nanoTime();
                found = ParallelScan.matching(timeline, 0, timeline.size(), predicate).length;
                wall[run] = (System.nanoTime() - wallStart) / 1e6;
                if (count != found) {
                    throw new IllegalStateException(count + " != " + found);
                }
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            for (int i = 0; i < timeline.size(); i += 97) {
                if (predicate.test(timeline.get(i)) != matches(predicate, timeline, i)) {
                    throw new IllegalStateException("entry and column answers differ at " + i);
                }
            }
            System.out.printf("%-6s %-22s found %7d: one thread %5.0f ms CPU, every core %5.0f ms wall (medians of %d)%n",
                    query[1], query[0], found, cpu[runs / 2], wall[runs / 2], runs);
        }
    }
}
