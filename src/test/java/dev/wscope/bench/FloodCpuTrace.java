package dev.wscope.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * With -Dbench.trace, what competed with a window flood while it ran: every 2 ms the timeline's size and the
 * run time of the JIT compilers, the FX thread, the renderer and the GC workers, read from
 * /proc/self/task/TID/schedstat (nanoseconds; the 10 ms ticks of /proc's stat are too coarse for a flood of a
 * tenth of a second). The summary counts only the steps in which messages arrived, so it leaves out the display
 * lag after the flood that the table's JIT/GC column takes in. Linux only; elsewhere it reports nothing.
 */
final class FloodCpuTrace {
    private static final String[] WATCHED = {"C2 CompilerThre", "C1 CompilerThre", "JavaFX Applicat", "QuantumRenderer", "GC Thread"};
    private static final long STEP_MILLIS = 2;

    private final Map<String, File> threads = new LinkedHashMap<>();
    private final long[] duringNanos;
    private final Thread sampler;
    private volatile boolean running = true;
    private long floodNanos;

    private FloodCpuTrace(IntSupplier timelineSize) {
        File[] tasks = new File("/proc/self/task").listFiles();
        for (File task : tasks == null ? new File[0] : tasks) {
            String name = threadName(task);
            for (String watched : WATCHED) {
                if (name.startsWith(watched)) {
                    threads.put(name + "#" + task.getName(), new File(task, "schedstat"));
                }
            }
        }
        duringNanos = new long[threads.size()];
        sampler = new Thread(() -> sample(timelineSize), "bench-flood-trace");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts tracing when -Dbench.trace is set; null otherwise, which {@link #stopAndPrint} passes over. */
    static FloodCpuTrace startIfAsked(IntSupplier timelineSize) {
        return System.getProperty("bench.trace") == null ? null : new FloodCpuTrace(timelineSize);
    }

    private void sample(IntSupplier timelineSize) {
        long[] last = runNanos();
        int lastSize = timelineSize.getAsInt();
        long lastStep = System.nanoTime();
        while (running) {
            try {
                Thread.sleep(STEP_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long[] now = runNanos();
            int size = timelineSize.getAsInt();
            long step = System.nanoTime();
            if (size > lastSize) { // a step of the flood: messages arrived in it
                floodNanos += step - lastStep;
                for (int i = 0; i < now.length; i++) {
                    duringNanos[i] += Math.max(0, now[i] - last[i]);
                }
            }
            last = now;
            lastSize = size;
            lastStep = step;
        }
    }

    private long[] runNanos() {
        long[] nanos = new long[threads.size()];
        int i = 0;
        for (File schedstat : threads.values()) {
            try {
                nanos[i] = Long.parseLong(Files.readString(schedstat.toPath()).split(" ")[0]);
            } catch (IOException | RuntimeException e) {
                nanos[i] = 0; // the thread ended: it no longer competes
            }
            i++;
        }
        return nanos;
    }

    private static String threadName(File task) {
        try {
            return ThreadCpu.nameInStat(Files.readString(task.toPath().resolve("stat")));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Stops and prints one line: the flood's length and each watched thread's CPU during it, in ms. */
    static void stopAndPrint(FloodCpuTrace trace) throws InterruptedException {
        if (trace == null) {
            return;
        }
        trace.running = false;
        trace.sampler.join();
        if (trace.threads.isEmpty()) {
            System.out.println("during the flood: no /proc/self/task to read threads from (Linux only)");
            return;
        }
        StringBuilder line = new StringBuilder(String.format("during the flood (%.0f ms), CPU ms:", trace.floodNanos / 1e6));
        int i = 0;
        for (String thread : trace.threads.keySet()) {
            line.append(String.format(" %s %.1f,", thread.replaceAll("#\\d+$", ""), trace.duringNanos[i++] / 1e6));
        }
        System.out.println(line.substring(0, line.length() - 1));
    }
}
