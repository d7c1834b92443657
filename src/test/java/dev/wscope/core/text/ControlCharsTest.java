package dev.wscope.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ControlCharsTest {
    @Test
    void escapesC0C1AndDel_asVisibleEscapes() {
        assertEquals("a\\x1b[2Jb\\x07\\x00\\x7f\\x9b\\r\\t\\n", ControlChars.escape("a\u001b[2Jb\u0007\u0000\u007f\u009b\r\t\n"));
    }

    @Test
    void keepingLines_keepsOnlyLineFeeds() {
        assertEquals("one\\r\ntwo\\x1b\n", ControlChars.escapeKeepingLines("one\r\ntwo\u001b\n"));
    }

    @Test
    void plainText_isReturnedAsIs_backslashesAndNonLatinIncluded() {
        String text = "{\"a\":\"x\\\\n\"} é ✓ 😀";
        assertSame(text, ControlChars.escape(text));
    }
}
