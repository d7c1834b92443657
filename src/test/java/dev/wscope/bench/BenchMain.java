package dev.wscope.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;

/**
 * The stream benchmark (`mvn -Pbench verify`): floods from the local test server on 127.0.0.1, received
 * by a bare Tyrus client (the baseline) and by the whole headless main window, interleaved, and prints a
 * table of medians. Figures, not assertions: the tests keep only correctness.
 */
public final class BenchMain {
    private record Scenario(String name, int count, int size, String mode) {
        /** A quarter into the flood: the rows are coming in fast when the user clicks. */
        int clickAfterRows() {
            return count / 4;
        }

        String path() {
            return "/flood?n=" + count + "&size=" + size + "&mode=" + mode;
        }
    }

    /**
     * Uncounted floods of each kind, in the same window, before the counted ones: the JIT is still compiling
     * the window's code long after the first flood (C2 took 1,050 ms of CPU during the first 20,000-message
     * JSON flood, about 250 ms during the 8th, 40-140 ms from the 14th on), and a flood of a tenth of a second
     * shares the cores with it. In one text run C2 still took 70-350 ms in floods 11-20, 10-240 ms in floods
     * 21-30 and 10-110 ms in floods 31-45. 20, not 10: the bare client's own JVM goes through a slow phase
     * somewhere between its 6th and 13th JSON flood (C2 throws away Tyrus's compiled ProtocolHandler.unframe,
     * and for 2-3 s the client takes 26,000-60,000 messages a second at 18-47 us of CPU each, against
     * 200,000-400,000 at 3-5 us before and after), which with 10 warm-ups fell on counted rounds and made the
     * baseline look slow. -Dbench.warmUps=N to change it.
     */
    private static final int WARM_UPS = Integer.getInteger("bench.warmUps", 20);

    private BenchMain() {
    }

    /** Exits when done or failed: the FX thread would otherwise keep a failed run's JVM waiting for ever. */
    public static void main(String[] args) {
        try {
            benchmark(args);
        } catch (Throwable failed) {
            failed.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** JavaFX without a display, drawing in software, as the headless UI tests run it. */
    static void startHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Platform.startup(() -> { });
    }

    private static void benchmark(String[] args) throws Exception {
        // a second argument picks one flood (text, json, binary), the command's raw and Socket.IO floods (socketio)
        // or the other figures (extras)
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        startHeadlessToolkit();
        Platform.setImplicitExit(false);
        List<Scenario> scenarios = List.of(
                new Scenario("text 200,000 x 100 B", 200_000, 100, "text"),
                new Scenario("json 20,000 x 1 KiB", 20_000, 1024, "json"),
                new Scenario("binary 200 x 1 MiB", 200, 1024 * 1024, "binary"));
        System.out.printf("Wscope stream benchmark: %d rounds, medians; %d cores, JDK %s; window session budget %s MiB%n%n",
                rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("wscope.sessionMemoryMiB", "256 (default)"));
        System.out.printf("%-22s %12s %9s %12s %9s %7s %11s %10s %8s %9s %10s %11s%n", "flood", "bare msg/s", "bare MB/s",
                "window msg/s", "win MB/s", "ratio", "CPU us/msg", "max stall", "lag ms", "click ms", "heap B/msg",
                "JIT/GC ms");
        try (FloodServerProcess server = FloodServerProcess.start(); BareClientProcess bareClient = BareClientProcess.start()) {
            for (Scenario scenario : scenarios) {
                if (args.length < 2 || scenario.mode().equals(args[1])) {
                    run(bareClient, server.url(scenario.path()), scenario, rounds);
                }
            }
            if (args.length < 2 || "socketio".equals(args[1])) {
                CommandFloods.run(server, rounds);
            }
            if (args.length < 2 || "extras".equals(args[1])) {
                PipelineRun window = new PipelineRun();
                window.open();
                System.out.printf("%nopen a 10 MiB JSON message's detail (first page shown): %.0f ms%n",
                        ExtraFigures.openBigMessageMillis(window,
                                server.url("/flood?n=1&size=" + (10 << 20) + "&mode=json"), 10L << 20));
                window.freshTab();
                window.limitMessagesTo(128);
                System.out.printf("open a 100 MiB binary message's detail, the limit raised to 128 MiB (first page shown): %.0f ms%n",
                        ExtraFigures.openBigMessageMillis(window,
                                server.url("/flood?n=1&size=" + (100 << 20) + "&mode=binary"), 100L << 20));
                window.close();
                System.out.printf("search 1,000,000 events by direction and two words (background, every core): %.0f ms%n",
                        ExtraFigures.searchMillionMillis());
                HeapFigure.main(new String[0]); // heap per message in memory and spilled, and a spilled search
            }
        }
        Platform.exit();
    }

    private static void run(BareClientProcess bareClient, String url, Scenario scenario, int rounds) throws Exception {
        List<FloodResult> bare = new ArrayList<>();
        List<PipelineResult> windowRuns = new ArrayList<>();
        List<Double> heapPerMessage = new ArrayList<>();
        PipelineRun window = new PipelineRun();
        window.open();
        // A warm-up is a round whose figures are dropped, collections before and after included: when only
        // the counted rounds collected, the first of them met a heap just shrunk from 2.7 GiB to 1 GiB and took
        // its flood at a third to a half of the later rounds' rate, in every run.
        for (int round = -WARM_UPS; round < rounds; round++) {
            FloodResult bareFlood = bareClient.receive(url);
            long before = usedHeapAfterGc();
            PipelineResult result = window.receive(url, scenario.clickAfterRows());
            long after = usedHeapAfterGc();
            window.freshTab();
            checkCount(scenario, bareFlood.messages(), result.flood().messages());
            if (round >= 0) {
                bare.add(bareFlood);
                windowRuns.add(result);
                heapPerMessage.add((after - before) / (double) Math.max(1, result.flood().messages()));
            }
        }
        window.close();
        double bareRate = median(bare, FloodResult::messagesPerSecond);
        double windowRate = median(windowRuns, r -> r.flood().messagesPerSecond());
        String cpu = String.format("%.1f/%.1f", median(bare, FloodResult::cpuMicrosPerMessage),
                median(windowRuns, r -> r.flood().cpuMicrosPerMessage()));
        String jvm = String.format("%.0f/%.0f", median(windowRuns, r -> r.jvm().jitMillis()),
                median(windowRuns, r -> r.jvm().gcMillis()));
        System.out.printf("%-22s %12.0f %9.1f %12.0f %9.1f %6.0f%% %11s %10.1f %8.0f %9.0f %10.0f %11s%n", scenario.name(), bareRate,
                median(bare, FloodResult::megabytesPerSecond), windowRate,
                median(windowRuns, r -> r.flood().megabytesPerSecond()), 100 * windowRate / bareRate, cpu,
                median(windowRuns, PipelineResult::maxStallMillis), median(windowRuns, PipelineResult::displayLagMillis),
                median(windowRuns, PipelineResult::clickToDetailMillis), median(heapPerMessage, Double::doubleValue), jvm);
        // Every run, in order: single rates on shared cores spread widely, and the median hides how much.
        System.out.println("  each run, msg/s: bare " + each(bare, FloodResult::messagesPerSecond) + ", window "
                + each(windowRuns, r -> r.flood().messagesPerSecond()));
    }

    private static void checkCount(Scenario scenario, long bare, long window) {
        if (bare != scenario.count() || window != scenario.count()) {
            throw new IllegalStateException(scenario.name() + ": expected " + scenario.count() + " messages, bare got "
                    + bare + ", window got " + window);
        }
    }

    static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static <T> List<String> each(List<T> values, ToDoubleFunction<T> metric) {
        return values.stream().map(value -> String.format("%.0f", metric.applyAsDouble(value))).toList();
    }

    private static <T> double median(List<T> values, ToDoubleFunction<T> metric) {
        List<Double> sorted = new ArrayList<>();
        values.forEach(value -> sorted.add(metric.applyAsDouble(value)));
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
