package dev.wscope.ui.common;

import dev.wscope.core.detail.Language;
import dev.wscope.core.highlight.JsonHighlighter;
import dev.wscope.core.highlight.StyleSpan;
import dev.wscope.core.highlight.XmlHighlighter;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Applies the pure core highlighters to a RichTextFX CodeArea. FX thread only. */
public final class Highlighting {
    /** Past this, text stays plain: colouring megabytes would cost more than it helps. */
    static final int MAX_HIGHLIGHT_CHARS = 2 * 1024 * 1024;

    private Highlighting() {
    }

    /** Colours the area's text as it is, for text being typed. */
    public static void apply(CodeArea area, Language language) {
        String text = area.getText();
        if (!text.isEmpty()) {
            area.setStyleSpans(0, styleSpans(text, language));
        }
    }

    /**
     * Puts new text in the area, coloured, as one change: replacing the text and then colouring it built the
     * paragraphs on show twice, and a click on a row in a flood pays for it on the FX thread.
     */
    public static void show(CodeArea area, String text, Language language) {
        SimpleEditableStyledDocument<Collection<String>, Collection<String>> styled = new SimpleEditableStyledDocument<>(
                ReadOnlyStyledDocument.fromString(text, area.getInitialParagraphStyle(), area.getInitialTextStyle(),
                        area.getSegOps()));
        if (!text.isEmpty()) {
            styled.setStyleSpans(0, styleSpans(text, language));
        }
        area.replace(0, area.getLength(), styled.snapshot());
    }

    private static StyleSpans<Collection<String>> styleSpans(String text, Language language) {
        List<StyleSpan> spans = switch (language) {
            case JSON -> text.length() > MAX_HIGHLIGHT_CHARS ? List.of() : JsonHighlighter.spans(text);
            case XML -> text.length() > MAX_HIGHLIGHT_CHARS ? List.of() : XmlHighlighter.spans(text);
            case PLAIN -> List.of();
        };
        return toStyleSpans(spans, text.length());
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
