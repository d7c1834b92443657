package dev.wscope.core.highlight;

import static dev.wscope.core.highlight.Spans.assertCoverExactly;
import static dev.wscope.core.highlight.Spans.runAt;
import static dev.wscope.core.highlight.Spans.styleAt;
import static dev.wscope.core.highlight.XmlHighlighter.COMMENT;
import static dev.wscope.core.highlight.XmlHighlighter.TAG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlHighlighterTest {
    @Test
    void tagsWithAttributes_areOneRun_textBetweenIsPlain() {
        String text = "<a href=\"x\" id='y'>link</a>";
        List<StyleSpan> spans = XmlHighlighter.spans(text);
        assertCoverExactly(text, spans);
        assertEquals("<a href=\"x\" id='y'>", runAt(text, spans, 0));
        assertEquals(TAG, styleAt(spans, 0));
        assertNull(styleAt(spans, text.indexOf("link")));
        assertEquals(TAG, styleAt(spans, text.indexOf("</a>")));
    }

    @Test
    void comments_haveTheirOwnStyle() {
        String text = "<a><!-- a <b> inside --></a>";
        List<StyleSpan> spans = XmlHighlighter.spans(text);
        assertEquals("<!-- a <b> inside -->", runAt(text, spans, text.indexOf("inside")));
        assertEquals(COMMENT, styleAt(spans, text.indexOf("<b>")));
    }

    @Test
    void commentCloser_mustComeAfterTheOpener() {
        String text = "<!-->x-->y";
        List<StyleSpan> spans = XmlHighlighter.spans(text);
        assertEquals("<!-->x-->", runAt(text, spans, 0));
        assertNull(styleAt(spans, text.indexOf('y')));
    }

    @Test
    void quotedAttributeValue_mayHoldAGreaterThanSign() {
        String text = "<a title=\"1 > 0\">t</a>";
        List<StyleSpan> spans = XmlHighlighter.spans(text);
        assertEquals("<a title=\"1 > 0\">", runAt(text, spans, 0));
        assertNull(styleAt(spans, text.indexOf(">t<") + 1), "the element's text");
    }

    @Test
    void cdataContent_isPlainText_betweenMarkers() {
        String text = "<a><![CDATA[x > y <z>]]></a>";
        List<StyleSpan> spans = XmlHighlighter.spans(text);
        assertCoverExactly(text, spans);
        assertEquals(TAG, styleAt(spans, text.indexOf("<![CDATA[")));
        assertNull(styleAt(spans, text.indexOf("<z>")));
        assertEquals(TAG, styleAt(spans, text.indexOf("]]>")));
    }

    @Test
    void apostropheInText_doesNotSwallowTheRest() {
        String text = "<p>it's</p><b>bold</b>";
        List<StyleSpan> spans = XmlHighlighter.spans(text);
        assertNull(styleAt(spans, text.indexOf("bold")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "<", "<open", "<a href=\"unterminated", "<!--", "<!-- open", "<![CDATA[", "<![CDATA[x",
        "a < b > c", ">>>", "<a/><", "<?xml version=\"1.0\"?>"})
    void invalidOrPartialXml_isStillCoveredExactlyWithoutThrowing(String text) {
        assertCoverExactly(text, XmlHighlighter.spans(text));
    }

    @Test
    void randomMarkupLikeText_isAlwaysCoveredExactly() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            String text = Spans.random(random, "<>/!-[]CDATA=\"' abx\n?", 40);
            assertCoverExactly(text, XmlHighlighter.spans(text));
        }
    }
}
