package dev.wscope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The start-up benchmark (packaging/startup-bench.sh): cold starts, a fresh process each, of a bare
 * JavaFX window and of the packaged Wscope window, interleaved round by round so a busy machine slows
 * all variants alike. Measured in this parent from spawn to the child's first-frame line (wall clock),
 * with the CPU time the child had used by then (less disturbed by other work on a shared machine).
 * Args: APP_IMAGE_DIR TEST_CLASSES_DIR DATA_DIR [RUNS]; needs a DISPLAY.
 */
public final class StartupBench {
    private static final String PROBE = "-Dwscope.reportFirstFrame=true -Dwscope.exitWhenComplete=true";
    private static final long DEADLINE_SECONDS = 120;

    private record Variant(String name, List<String> command, Map<String, String> env) {
    }

    /** Wall times from spawn to the first frame, to the frame with the whole visible window, and to the settled one. */
    private record Sample(long wallMillis, long cpuMillis, long completeMillis, long settledMillis) {
    }

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]).toAbsolutePath();
        String jar = image.resolve("lib/app/wscope.jar").toString();
        String bareClassPath = jar + ":" + Path.of(args[1]).toAbsolutePath();
        String dataDir = Path.of(args[2]).toAbsolutePath().toString();
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        String launcher = image.resolve("bin/wscope").toString();
        String java = image.resolve("lib/runtime/bin/java").toString();
        // The probe travels in JAVA_TOOL_OPTIONS: the jpackage launcher takes no JVM options of its own.
        // _JAVA_OPTIONS is read after the launcher's options, so its -Xshare:off wins over their archive:
        // the same as a missing archive, which also leaves the JVM with no CDS at all.
        List<Variant> variants = List.of(
                new Variant("bare JavaFX window (JDK default archive)",
                        List.of(java, "-cp", bareClassPath, BareWindow.class.getName()), Map.of()),
                new Variant("Wscope launcher, with its archive", List.of(launcher), Map.of()),
                new Variant("Wscope launcher, no archive", List.of(launcher), Map.of("_JAVA_OPTIONS", "-Xshare:off")),
                new Variant("Wscope, JDK default archive only", List.of(java, "-cp", jar, "dev.wscope.Main"), Map.of()));
        System.out.printf("start-up to first frame: %d cold starts each, interleaved, DISPLAY=%s, %d cores%n",
                runs, System.getenv("DISPLAY"), Runtime.getRuntime().availableProcessors());
        for (Variant variant : variants) {
            firstFrame(variant, dataDir); // untimed: installs the sample collection, warms the file cache
        }
        List<List<Sample>> samples = new ArrayList<>();
        variants.forEach(v -> samples.add(new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            for (int k = 0; k < variants.size(); k++) {
                int i = (run + k) % variants.size(); // each round starts with the next variant: no one always goes first
                samples.get(i).add(firstFrame(variants.get(i), dataDir));
            }
        }
        System.out.printf("%-42s %8s %8s %9s %8s   %s%n", "", "first ms", "CPU ms", "whole ms", "all ms",
                "first-frame ms of each run");
        for (int i = 0; i < variants.size(); i++) {
            System.out.printf("%-42s %8d %8d %9d %8d   %s%n", variants.get(i).name(),
                    median(samples.get(i), Sample::wallMillis), median(samples.get(i), Sample::cpuMillis),
                    median(samples.get(i), Sample::completeMillis), median(samples.get(i), Sample::settledMillis),
                    samples.get(i).stream().map(s -> String.valueOf(s.wallMillis())).collect(Collectors.joining(" ")));
        }
        System.out.println("(medians; first: the first frame of the window, its menus on the theme's colour; whole: the"
                + " frame with every visible part; all: with the tabs out of sight built too)");
        ratio("Wscope launcher with its archive / bare", samples.get(1), samples.get(0));
        ratio("Wscope launcher, no archive / bare", samples.get(2), samples.get(0));
    }

    private static void ratio(String what, List<Sample> wscope, List<Sample> bare) {
        System.out.printf("%-42s wall %.2f, CPU %.2f (goal <= 1.30)%n", what,
                median(wscope, Sample::wallMillis) / (double) median(bare, Sample::wallMillis),
                median(wscope, Sample::cpuMillis) / (double) median(bare, Sample::cpuMillis));
    }

    private static Sample firstFrame(Variant variant, String dataDir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(variant.command()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(variant.env());
        builder.environment().put("JAVA_TOOL_OPTIONS", PROBE);
        builder.environment().put("WSCOPE_HOME", dataDir);
        long spawned = System.nanoTime();
        Process process = builder.start();
        try {
            CompletableFuture<Sample> seen = CompletableFuture.supplyAsync(() -> awaitFirstFrame(process, spawned, variant.name()));
            Sample sample = seen.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
            if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException(variant.name() + " did not exit after its first frame");
            }
            return sample;
        } finally {
            process.destroyForcibly();
        }
    }

    private static Sample awaitFirstFrame(Process process, long spawned, String name) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            long first = -1;
            long cpu = -1;
            long complete = -1;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - spawned);
                if (line.startsWith("first-frame ")) {
                    first = wall;
                    // Read while the child lives: all its threads, user + system, up to its first frame.
                    cpu = process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                } else if (line.startsWith("complete-frame ")) {
                    complete = wall;
                } else if (line.startsWith("settled-frame ")) {
                    out.transferTo(Writer.nullWriter()); // keep the pipe drained until the child exits
                    return new Sample(first, cpu, complete, wall);
                }
            }
            throw new IllegalStateException(name + " exited without its frame lines");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long median(List<Sample> samples, ToLongFunction<Sample> field) {
        long[] sorted = samples.stream().mapToLong(field).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
