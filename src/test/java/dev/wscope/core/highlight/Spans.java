package dev.wscope.core.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

/** Reading style spans back for tests: the style at an offset, and the rules every span list keeps. */
final class Spans {
    private Spans() {
    }

    static String styleAt(List<StyleSpan> spans, int offset) {
        int at = 0;
        for (StyleSpan span : spans) {
            if (offset < at + span.length()) {
                return span.style();
            }
            at += span.length();
        }
        throw new AssertionError("offset " + offset + " is past the spans' end " + at);
    }

    /** The styled text of the run covering an offset. */
    static String runAt(String text, List<StyleSpan> spans, int offset) {
        int at = 0;
        for (StyleSpan span : spans) {
            if (offset < at + span.length()) {
                return text.substring(at, at + span.length());
            }
            at += span.length();
        }
        throw new AssertionError("offset " + offset + " is past the spans' end " + at);
    }

    /** Lengths add up to the text exactly, none is empty, and neighbours differ (runs are joined). */
    static void assertCoverExactly(String text, List<StyleSpan> spans) {
        assertEquals(text.length(), spans.stream().mapToInt(StyleSpan::length).sum(), () -> "spans of " + text);
        for (int i = 0; i < spans.size(); i++) {
            assertTrue(spans.get(i).length() > 0, "empty span in " + text);
            if (i > 0) {
                assertNotEquals(spans.get(i - 1).style(), spans.get(i).style(), "unjoined neighbours in " + text);
            }
        }
        assertTrue(text.isEmpty() == spans.isEmpty());
    }

    /** Seeded random strings over an alphabet, for reproducible fuzzing. */
    static String random(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
