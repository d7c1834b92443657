package dev.wscope.ui;

import dev.wscope.core.detail.Language;
import dev.wscope.core.highlight.JsonHighlighter;
import dev.wscope.core.highlight.StyleSpan;
import dev.wscope.core.highlight.XmlHighlighter;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Applies the pure core highlighters to a RichTextFX CodeArea. FX thread only. */
public final class Highlighting {
    /** Past this, text stays plain: colouring megabytes would cost more than it helps. */
    static final int MAX_HIGHLIGHT_CHARS = 2 * 1024 * 1024;

    private Highlighting() {
    }

    public static void apply(CodeArea area, Language language) {
        String text = area.getText();
        if (text.isEmpty()) {
            return;
        }
        List<StyleSpan> spans = switch (language) {
            case JSON -> text.length() > MAX_HIGHLIGHT_CHARS ? List.of() : JsonHighlighter.spans(text);
            case XML -> text.length() > MAX_HIGHLIGHT_CHARS ? List.of() : XmlHighlighter.spans(text);
            case PLAIN -> List.of();
        };
        area.setStyleSpans(0, toStyleSpans(spans, text.length()));
    }

    private static StyleSpans<Collection<String>> toStyleSpans(List<StyleSpan> spans, int length) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int covered = 0;
        for (StyleSpan span : spans) {
            builder.add(span.style() == null ? List.of() : List.of(span.style()), span.length());
            covered += span.length();
        }
        if (covered < length || spans.isEmpty()) {
            builder.add(List.of(), length - covered);
        }
        return builder.create();
    }
}
