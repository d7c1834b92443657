package dev.wscope.bench;

import dev.wscope.core.search.ParallelScan;
import dev.wscope.core.search.SearchQuery;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.PayloadBudget;
import dev.wscope.store.SpillFolder;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Heap kept per message for a million 100-byte messages, all in memory and past a small budget (spilled), and a
 * search over the spilled million: `java -cp ... dev.wscope.bench.HeapFigure [budgetMiB]`. Also part of BenchMain.
 */
public final class HeapFigure {
    static final int MESSAGES = 1_000_000;

    private HeapFigure() {
    }

    public static void main(String[] args) throws Exception {
        long budgetMiB = args.length > 0 ? Long.parseLong(args[0]) : 8;
        System.out.printf("heap per 100 B message, 1,000,000 messages, all in memory: %.0f B%n",
                bytesPerMessage(PayloadBudget.unlimited()));
        Path folder = Files.createTempDirectory("wscope-heap");
        try {
            PayloadBudget budget = PayloadBudget.mebibytes(budgetMiB, new SpillFolder(folder));
            System.out.printf("heap per 100 B message, 1,000,000 messages, %d MiB budget (spilled): %.0f B%n",
                    budgetMiB, bytesPerMessage(budget));
            System.out.printf("search 1,000,000 spilled events by direction and two words (every core): %.0f ms%n",
                    spilledSearchMillis(budget));
        } finally {
            try (var left = Files.list(folder)) {
                left.forEach(file -> file.toFile().delete());
            }
            Files.deleteIfExists(folder);
        }
    }

    /** 100 bytes of JSON-ish text (ASCII), different for each message. */
    static byte[] message(int i) {
        String text = String.format("{\"seq\":%07d,\"symbol\":\"%s\",\"price\":%d.25,\"pad\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
                i, i % 7 == 0 ? "ETH-USD" : "BTC-USD", 90_000 + i % 1000);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static double bytesPerMessage(PayloadBudget budget) throws InterruptedException {
        long before = BenchMain.usedHeapAfterGc();
        SessionTimeline timeline = fill(budget);
        long after = BenchMain.usedHeapAfterGc();
        double perMessage = (after - before) / (double) MESSAGES;
        if (timeline.size() != MESSAGES) {
            throw new IllegalStateException("recorded " + timeline.size());
        }
        timeline.discard();
        return perMessage;
    }

    private static SessionTimeline fill(PayloadBudget budget) throws InterruptedException {
        SessionTimeline timeline = new SessionTimeline(budget);
        for (int i = 0; i < MESSAGES; i++) {
            timeline.append(new TimelineEvent.Message(Direction.IN, false, message(i)));
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (timeline.payloadBytesInMemory() > budget.memoryBytes() + 512 * 1024 && System.nanoTime() < deadline) {
            Thread.sleep(10); // the spill thread catches up
        }
        return timeline;
    }

    static double spilledSearchMillis(PayloadBudget budget) throws InterruptedException {
        SessionTimeline timeline = fill(budget);
        var filter = new SearchQuery("eth-usd 90999.25", false, false, Direction.IN, null).toPredicate();
        double[] runs = new double[3];
        for (int run = 0; run < runs.length; run++) {
            long start = System.nanoTime();
            int found = ParallelScan.matching(timeline, 0, timeline.size(), filter).length;
            runs[run] = (System.nanoTime() - start) / 1e6;
            if (found != 143) {
                throw new IllegalStateException("found " + found);
            }
        }
        timeline.discard();
        java.util.Arrays.sort(runs);
        return runs[1];
    }
}
