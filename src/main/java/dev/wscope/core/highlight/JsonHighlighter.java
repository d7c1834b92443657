package dev.wscope.core.highlight;

import java.util.ArrayList;
import java.util.List;

/**
 * Colours JSON text: keys, strings, numbers, literals and punctuation. A lexer, not a parser, so text
 * that is not (yet) valid JSON still gets coloured as far as it goes. Spans cover the whole text, in order.
 */
public final class JsonHighlighter {
    public static final String KEY = "json-key";
    public static final String STRING = "json-string";
    public static final String NUMBER = "json-number";
    public static final String LITERAL = "json-literal";
    public static final String PUNCTUATION = "json-punct";

    private JsonHighlighter() {
    }

    public static List<StyleSpan> spans(String text) {
        SpanList spans = new SpanList();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end;
            String style;
            if (c == '"') {
                end = endOfString(text, i);
                style = isKey(text, end) ? KEY : STRING;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                end = i + 1;
                while (end < n && "0123456789.eE+-".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                style = NUMBER;
            } else if (Character.isLetter(c)) {
                end = i + 1;
                while (end < n && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                style = LITERAL;
            } else {
                end = i + 1;
                style = "{}[]:,".indexOf(c) >= 0 ? PUNCTUATION : null;
            }
            spans.add(end - i, style);
            i = end;
        }
        return spans.list();
    }

    private static int endOfString(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"' || c == '\n') {
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static boolean isKey(String text, int afterString) {
        int i = afterString;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':';
    }

    /** Joins neighbouring runs of the same style, so a long text yields few spans. */
    static final class SpanList {
        private final List<StyleSpan> spans = new ArrayList<>();

        void add(int length, String style) {
            if (length <= 0) {
                return;
            }
            int last = spans.size() - 1;
            if (last >= 0 && java.util.Objects.equals(spans.get(last).style(), style)) {
                spans.set(last, new StyleSpan(spans.get(last).length() + length, style));
            } else {
                spans.add(new StyleSpan(length, style));
            }
        }

        List<StyleSpan> list() {
            return spans;
        }
    }
}
