package dev.wscope.ui.diagnosis;

import java.util.regex.Pattern;

/**
 * A fix as the pane shows it. The doctor's fixes are wrapped for a terminal: a prose line goes on in a line
 * indented by two spaces, configuration lines are indented by four. The pane wraps text to its own width, so
 * wrapped twice, prose broke in odd places: a continuation is joined to the prose line it continues, and
 * configuration lines stay as written.
 */
final class SoftLines {
    /** A line break before a two-space continuation, when the line before is not configuration (four spaces). */
    private static final Pattern CONTINUATION = Pattern.compile("(?m)^((?! {4}).*\\S)\\n {2}(?=\\S)");

    private SoftLines() {
    }

    static String of(String fix) {
        String joined = fix;
        String before;
        do { // a prose line wrapped over three lines joins one continuation at a time
            before = joined;
            joined = CONTINUATION.matcher(before).replaceAll("$1 ");
        } while (!joined.equals(before));
        return joined;
    }
}
