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

    public ObservableList<String> urls() {
        return urls;
    }
}
