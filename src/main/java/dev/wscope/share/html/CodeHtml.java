package dev.wscope.share.html;

import dev.wscope.core.highlight.JsonHighlighter;
import dev.wscope.core.highlight.StyleSpan;
import dev.wscope.core.highlight.XmlHighlighter;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.text.Markup;
import java.util.List;

/** A message body as highlighted HTML: the window's own highlighters, their style names as CSS classes. */
final class CodeHtml {
    private CodeHtml() {
    }

    static String highlighted(String body, MessageFormat format) {
        List<StyleSpan> spans = switch (format) {
            case JSON -> JsonHighlighter.spans(body);
            case XML, HTML -> XmlHighlighter.spans(body);
            default -> List.of(new StyleSpan(body.length(), null));
        };
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (StyleSpan span : spans) {
            String text = Markup.html(body.substring(at, Math.min(body.length(), at + span.length())));
            at += span.length();
            if (span.style() == null) {
                html.append(text);
            } else {
                html.append("<span class=\"").append(span.style()).append("\">").append(text).append("</span>");
            }
        }
        return html.toString();
    }
}
