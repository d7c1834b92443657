package dev.wscope.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The doctor's steps as aligned lines, for the text report and the diagnosis pane alike: the checks (dns to
 * websocket), then the differential probes under a heading of their own, each named by what it changed.
 */
public final class StepTable {
    static final String PROBE_PREFIX = "probe: ";
    private static final String PROBES_HEADING = "Probes: the same request with one change, on a new connection";

    private StepTable() {
    }

    /** One line per step (and the probes' heading); mark writes a status as the reader's column shows it. */
    public static List<String> lines(List<DoctorStep> steps, Function<StepStatus, String> mark) {
        List<DoctorStep> checks = steps.stream().filter(step -> !isProbe(step)).toList();
        List<DoctorStep> probes = steps.stream().filter(StepTable::isProbe).toList();
        List<String> lines = new ArrayList<>();
        add(lines, checks, mark);
        if (!probes.isEmpty()) {
            lines.add("");
            lines.add(PROBES_HEADING);
            add(lines, probes, mark);
        }
        return lines;
    }

    public static boolean isProbe(DoctorStep step) {
        return step.step().startsWith(PROBE_PREFIX);
    }

    private static void add(List<String> lines, List<DoctorStep> steps, Function<StepStatus, String> mark) {
        int width = Math.max(9, steps.stream().mapToInt(step -> name(step).length()).max().orElse(0));
        for (DoctorStep step : steps) {
            lines.add(String.format("%s %-" + width + "s %5d ms  %s", mark.apply(step.status()), name(step), step.millis(),
                    step.detail() == null ? "" : step.detail()));
        }
    }

    private static String name(DoctorStep step) {
        return isProbe(step) ? step.step().substring(PROBE_PREFIX.length()) : step.step();
    }
}
