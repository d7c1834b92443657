package dev.wscope.ui.workspace;

import dev.wscope.ui.common.DeferredBuild;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built when it is first shown, or with the other parts out of sight (see
 * DeferredBuild), whichever comes first: a launched window is on screen before its hidden tabs are made.
 */
final class LazyTab {
    private LazyTab() {
    }

    static Tab of(String title, DeferredBuild deferred, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId(idOf(title));
        Runnable build = () -> {
            if (tab.getContent() == null) {
                tab.setContent(content.get());
            }
        };
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                build.run();
            }
        });
        deferred.later(build);
        return tab;
    }

    static String idOf(String title) {
        return "tab-" + title.toLowerCase(Locale.ROOT);
    }
}
