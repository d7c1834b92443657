package dev.wscope.ui.address;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The addresses connected to lately, newest first, each once, as typed ({{variables}} kept, so no resolved
 * secret is remembered). Shared by every tab's address bar. FX thread only.
 */
public final class RecentUrls {
    static final int LIMIT = 20;
    /** Characters of an address the list shows: a longer one keeps its start and its end around "…". */
    static final int SHOWN = 90;

    private final ObservableList<String> urls = FXCollections.observableArrayList();

    public void add(String url) {
        String typed = url == null ? "" : url.strip();
        if (typed.isEmpty()) {
            return;
        }
        urls.remove(typed);
        urls.add(0, typed);
        if (urls.size() > LIMIT) {
            urls.remove(LIMIT, urls.size());
        }
    }

    public void setAll(List<String> remembered) {
        urls.clear();
        for (int i = remembered.size() - 1; i >= 0; i--) {
            add(remembered.get(i));
        }
    }

    static String shortened(String url) {
        if (url.length() <= SHOWN) {
            return url;
        }
        int head = SHOWN * 2 / 3;
        return url.substring(0, head) + "…" + url.substring(url.length() - (SHOWN - head - 1));
    }

    public ObservableList<String> urls() {
        return urls;
    }
}
