package dev.wscope.core.detail;

import java.util.ArrayList;
import java.util.List;

/** A text cut into pages at line ends: at most PAGE_LINES lines or about PAGE_CHARS characters a page. */
public final class TextDocument implements DetailDocument {
    static final int PAGE_LINES = 3_000;
    static final int PAGE_CHARS = 256 * 1024;

    private final String text;
    private final Language language;
    private final List<Integer> starts = new ArrayList<>();

    public TextDocument(String text, Language language) {
        this.text = text;
        this.language = language;
        starts.add(0);
        int lines = 0;
        int pageStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
                if (lines == PAGE_LINES || i + 1 - pageStart >= PAGE_CHARS) {
                    if (i + 1 < text.length()) {
                        starts.add(i + 1);
                    }
                    pageStart = i + 1;
                    lines = 0;
                }
            } else if (i + 1 - pageStart >= PAGE_CHARS * 2) {
                starts.add(i + 1); // one enormous line (minified JSON, say): cut it anyway
                pageStart = i + 1;
                lines = 0;
            }
        }
    }

    @Override
    public int pageCount() {
        return starts.size();
    }

    @Override
    public DetailText page(int index) {
        int end = index + 1 < starts.size() ? starts.get(index + 1) : text.length();
        return new DetailText(text.substring(starts.get(index), end), language);
    }

    @Override
    public String wholeText() {
        return text;
    }
}
