package dev.wscope.core.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightersTest {
    private static int total(List<StyleSpan> spans) {
        return spans.stream().mapToInt(StyleSpan::length).sum();
    }

    private static String styleAt(List<StyleSpan> spans, int offset) {
        int at = 0;
        for (StyleSpan span : spans) {
            if (offset < at + span.length()) {
                return span.style();
            }
            at += span.length();
        }
        return "past the end";
    }

    @Test
    void json_spansCoverTheText_keysAndValuesDiffer() {
        String text = "{\"key\": \"value\", \"n\": -1.5e3, \"ok\": true, \"none\": null}";
        List<StyleSpan> spans = JsonHighlighter.spans(text);
        assertEquals(text.length(), total(spans));
        assertEquals(JsonHighlighter.KEY, styleAt(spans, text.indexOf("key")));
        assertEquals(JsonHighlighter.STRING, styleAt(spans, text.indexOf("value")));
        assertEquals(JsonHighlighter.NUMBER, styleAt(spans, text.indexOf("-1.5e3")));
        assertEquals(JsonHighlighter.LITERAL, styleAt(spans, text.indexOf("true")));
        assertEquals(JsonHighlighter.PUNCTUATION, styleAt(spans, 0));
    }

    @Test
    void json_partialOrBrokenText_isStillColouredWithoutThrowing() {
        for (String text : new String[] {"{\"unterminated", "{\"a\": \"esc\\\"aped\"", "]]]", "", "\\"}) {
            assertEquals(text.length(), total(JsonHighlighter.spans(text)), text);
        }
    }

    @Test
    void xml_tagsAndCommentsAreColoured() {
        String text = "<a href=\"x\"><!-- note -->text</a>";
        List<StyleSpan> spans = XmlHighlighter.spans(text);
        assertEquals(text.length(), total(spans));
        assertEquals(XmlHighlighter.TAG, styleAt(spans, 1));
        assertEquals(XmlHighlighter.COMMENT, styleAt(spans, text.indexOf("note")));
        assertEquals(null, styleAt(spans, text.indexOf("text")));
        assertEquals(5, total(XmlHighlighter.spans("<open")));
    }
}
