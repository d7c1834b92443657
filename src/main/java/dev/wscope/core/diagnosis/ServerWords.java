package dev.wscope.core.diagnosis;

import dev.wscope.core.text.ControlChars;
import java.util.Locale;

/** A server's own words (a body, a close reason, stray bytes) made fit to quote in a diagnosis. */
final class ServerWords {
    /** Long enough for a status line, a few headers and a short message. */
    static final int QUOTE_CHARS = 160;

    private ServerWords() {
    }

    /** In double quotes, on one line (\r\n shown as escapes), shortened to QUOTE_CHARS with "…" when longer. */
    static String quote(String text) {
        String shown = text.length() > QUOTE_CHARS ? text.substring(0, QUOTE_CHARS) + "…" : text;
        return "\"" + ControlChars.escape(shown) + "\"";
    }

    /** The text a page shows: tags dropped, runs of white space made one space. */
    static String plain(String body) {
        if (body == null) {
            return "";
        }
        return body.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ").strip();
    }

    static boolean mentions(String text, String... words) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
