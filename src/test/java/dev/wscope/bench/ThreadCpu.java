package dev.wscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** CPU time by thread name (digits folded), to see who competes for the cores during a flood. */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {
    }

    /** The CPU time of the whole process (every thread, the JIT and GC too), in nanoseconds. */
    static long process() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static Map<String, Long> snapshot() {
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
