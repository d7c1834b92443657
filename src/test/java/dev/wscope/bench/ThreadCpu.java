package dev.wscope.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** CPU time by thread name (digits folded), to see who competes for the cores during a flood. */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** /proc counts CPU in clock ticks of 1/100 s (USER_HZ on every Linux this runs on). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private ThreadCpu() {
    }

    /** The CPU time of the whole process (every thread, the JIT and GC too), in nanoseconds. */
    static long process() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Nanoseconds of CPU by thread: on Linux every thread of the process, the JIT's and GC's too. */
    static Map<String, Long> snapshot() {
        File[] tasks = new File("/proc/self/task").listFiles();
        return tasks != null ? ofTasks(tasks) : ofJavaThreads();
    }

    private static Map<String, Long> ofTasks(File[] tasks) {
        Map<String, Long> cpu = new HashMap<>();
        for (File task : tasks) {
            try {
                String stat = Files.readString(task.toPath().resolve("stat"));
                String name = nameInStat(stat);
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                cpu.merge(name + "#" + task.getName(), ticks * NANOS_PER_TICK, Long::sum);
            } catch (IOException | RuntimeException e) {
                // the thread ended while being read: it no longer competes
            }
        }
        return cpu;
    }

    /** A thread's name in its /proc/self/task/TID/stat line: between the first '(' and the last ')'. */
    static String nameInStat(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    private static Map<String, Long> ofJavaThreads() {
        Map<String, Long> cpu = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            ThreadInfo info = THREADS.getThreadInfo(id);
            long nanos = THREADS.getThreadCpuTime(id);
            if (info != null && nanos > 0) {
                cpu.merge(info.getThreadName() + "#" + id, nanos, Long::sum);
            }
        }
        return cpu;
    }

    /** Milliseconds of CPU the JIT's compiler threads and the garbage collector's threads used (seen on Linux only). */
    record JvmShare(long jitMillis, long gcMillis) {
        /**
         * From {@link #since}'s groups, named as Linux shows them (15 characters, digits folded): "C CompilerThre"
         * for C1 and C2; "GC Thread" for G1's pause workers, "G Conc", "G Refine", "G Main Marker", "G Service".
         */
        static JvmShare of(Map<String, Long> used) {
            long jit = 0;
            long gc = 0;
            for (Map.Entry<String, Long> group : used.entrySet()) {
                if (group.getKey().contains("CompilerThre")) {
                    jit += group.getValue();
                } else if (group.getKey().startsWith("GC Thread") || group.getKey().startsWith("G ")) {
                    gc += group.getValue();
                }
            }
            return new JvmShare(jit, gc);
        }
    }

    /** Milliseconds of CPU each thread group used since the snapshot, busiest only. */
    static Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> used = new TreeMap<>();
        snapshot().forEach((thread, nanos) -> {
            long delta = (nanos - before.getOrDefault(thread, 0L)) / 1_000_000;
            if (delta >= 5) {
                used.merge(thread.replaceAll("[-#]?\\d+", ""), delta, Long::sum);
            }
        });
        return used;
    }
}
