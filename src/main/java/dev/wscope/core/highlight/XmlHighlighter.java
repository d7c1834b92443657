package dev.wscope.core.highlight;

import java.util.List;

/** Colours XML and HTML: tags (with their attributes) and comments; text between stays plain. */
public final class XmlHighlighter {
    public static final String TAG = "xml-tag";
    public static final String COMMENT = "xml-comment";

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
            boolean comment = text.startsWith("<!--", open);
            int close = comment ? text.indexOf("-->", open) : text.indexOf('>', open);
            int end = close < 0 ? text.length() : close + (comment ? 3 : 1);
            spans.add(end - open, comment ? COMMENT : TAG);
            i = end;
        }
        return spans.list();
    }
}
