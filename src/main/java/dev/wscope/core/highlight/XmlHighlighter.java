package dev.wscope.core.highlight;

import java.util.List;

/** Colours XML and HTML: tags (with their attributes), comments and CDATA markers; text stays plain. */
public final class XmlHighlighter {
    public static final String TAG = "xml-tag";
    public static final String COMMENT = "xml-comment";
    private static final String CDATA = "<![CDATA[";

    private XmlHighlighter() {
    }

    public static List<StyleSpan> spans(String text) {
        JsonHighlighter.SpanList spans = new JsonHighlighter.SpanList();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('<', i);
            if (open < 0) {
                spans.add(text.length() - i, null);
                break;
            }
            spans.add(open - i, null);
            if (text.startsWith("<!--", open)) {
                i = endOf(text, text.indexOf("-->", open + 4), 3);
                spans.add(i - open, COMMENT);
            } else if (text.startsWith(CDATA, open)) {
                // the markers are markup; what they enclose is text
                int contentStart = open + CDATA.length();
                int close = text.indexOf("]]>", contentStart);
                spans.add(CDATA.length(), TAG);
                spans.add((close < 0 ? text.length() : close) - contentStart, null);
                spans.add(close < 0 ? 0 : 3, TAG);
                i = endOf(text, close, 3);
            } else {
                i = endOf(text, tagEnd(text, open), 1);
                spans.add(i - open, TAG);
            }
        }
        return spans.list();
    }

    private static int endOf(String text, int close, int closeLength) {
        return close < 0 ? text.length() : close + closeLength;
    }

    /**
     * The '>' that ends a tag, past any attribute value (a quote right after '=', which may hold '>');
     * -1 when there is none.
     */
    private static int tagEnd(String text, int open) {
        char quote = 0;
        char previous = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if ((c == '"' || c == '\'') && previous == '=') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
            previous = Character.isWhitespace(c) ? previous : c;
        }
        return -1;
    }
}
