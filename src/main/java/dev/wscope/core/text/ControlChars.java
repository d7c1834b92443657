package dev.wscope.core.text;

/**
 * Writes control characters as visible escapes (ESC as \x1b, CR as \r), so that text a server chose (frames,
 * close reasons, status lines, headers, bodies) cannot move a terminal's cursor, retitle its window, hide what
 * follows or overwrite a line already shown. C0 controls, DEL and the C1 controls are escaped; every other
 * character, backslashes included, is left as it is.
 */
public final class ControlChars {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ControlChars() {
    }

    /** The text on one line: line breaks are escaped too. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** The text with its line breaks (\n) kept, for bodies and reports of several lines; \r is still escaped. */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        int first = firstToEscape(text, keepLines);
        if (first < 0) {
            return text; // the usual case: no copy
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(c, keepLines)) {
                appendEscape(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstToEscape(String text, boolean keepLines) {
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text.charAt(i), keepLines)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsEscape(char c, boolean keepLines) {
        if (c == '\n') {
            return !keepLines;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    private static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
        }
    }
}
