package dev.wscope.core.highlight;

import static dev.wscope.core.highlight.JsonHighlighter.KEY;
import static dev.wscope.core.highlight.JsonHighlighter.LITERAL;
import static dev.wscope.core.highlight.JsonHighlighter.NUMBER;
import static dev.wscope.core.highlight.JsonHighlighter.PUNCTUATION;
import static dev.wscope.core.highlight.JsonHighlighter.STRING;
import static dev.wscope.core.highlight.Spans.assertCoverExactly;
import static dev.wscope.core.highlight.Spans.runAt;
import static dev.wscope.core.highlight.Spans.styleAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonHighlighterTest {
    private static final String DOCUMENT = "{\n  \"name\": \"value\",\n  \"n\" : -1.5e+3,\n  \"list\": [true, false, null],"
            + "\n  \"esc\": \"a\\\"b\"\n}";

    @Test
    void spans_coverAValidDocumentExactly() {
        assertCoverExactly(DOCUMENT, JsonHighlighter.spans(DOCUMENT));
    }

    @Test
    void keys_andStringValues_getDifferentStyles_quotesIncluded() {
        List<StyleSpan> spans = JsonHighlighter.spans(DOCUMENT);
        assertEquals(KEY, styleAt(spans, DOCUMENT.indexOf("\"name\"")));
        assertEquals("\"name\"", runAt(DOCUMENT, spans, DOCUMENT.indexOf("name")));
        assertEquals(STRING, styleAt(spans, DOCUMENT.indexOf("value")));
        assertEquals("\"value\"", runAt(DOCUMENT, spans, DOCUMENT.indexOf("value")));
        assertEquals(KEY, styleAt(spans, DOCUMENT.indexOf("\"n\"")), "a space before the colon still makes a key");
    }

    @Test
    void numbersLiteralsAndPunctuation_areStyled_whitespaceIsPlain() {
        List<StyleSpan> spans = JsonHighlighter.spans(DOCUMENT);
        assertEquals("-1.5e+3", runAt(DOCUMENT, spans, DOCUMENT.indexOf("-1.5")));
        assertEquals(NUMBER, styleAt(spans, DOCUMENT.indexOf("-1.5")));
        assertEquals(LITERAL, styleAt(spans, DOCUMENT.indexOf("true")));
        assertEquals(LITERAL, styleAt(spans, DOCUMENT.indexOf("null")));
        assertEquals(PUNCTUATION, styleAt(spans, 0));
        assertEquals(PUNCTUATION, styleAt(spans, DOCUMENT.indexOf('[')));
        assertEquals(PUNCTUATION, styleAt(spans, DOCUMENT.indexOf(':')));
        assertNull(styleAt(spans, 1), "the line break");
    }

    @Test
    void escapedQuote_doesNotEndTheString() {
        List<StyleSpan> spans = JsonHighlighter.spans(DOCUMENT);
        assertEquals("\"a\\\"b\"", runAt(DOCUMENT, spans, DOCUMENT.indexOf("a\\\"b")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"unterminated", "{\"a\": \"esc\\", "]]]", "\\", "\"", "{\"a\":\n\"b",
        "{'single': 1}", "@#$%", "- -- 1e", "tru", "{\"k\"  ", "\uD83D\uDE00 \"\uD83D\uDE00\": 1"})
    void invalidOrPartialJson_isStillCoveredExactlyWithoutThrowing(String text) {
        assertCoverExactly(text, JsonHighlighter.spans(text));
    }

    @Test
    void anUnterminatedString_endsAtTheLineBreak_soTheNextLineIsStyledAfresh() {
        String text = "{\"a\": \"open\n\"b\": 1}";
        List<StyleSpan> spans = JsonHighlighter.spans(text);
        assertEquals(KEY, styleAt(spans, text.indexOf("\"b\"")));
        assertEquals(NUMBER, styleAt(spans, text.indexOf('1')));
    }

    @Test
    void randomJsonLikeText_isAlwaysCoveredExactly() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            String text = Spans.random(random, "{}[]:,\"\\ \n\t-0123456789.eE+truefalsnx\u00e9", 40);
            assertCoverExactly(text, JsonHighlighter.spans(text));
        }
    }
}
