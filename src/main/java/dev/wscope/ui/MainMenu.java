package dev.wscope.ui;

import dev.wscope.core.workspace.Theme;
import dev.wscope.ui.help.HelpDialogs;
import dev.wscope.ui.help.Shortcut;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;

/** The menu bar: every frequent action, with its keyboard shortcut from {@link Shortcut}. */
final class MainMenu {
    private final MainWindow window;
    private final ObjectProperty<Theme> theme;
    private final ToggleGroup themes = new ToggleGroup();

    MainMenu(MainWindow window, ObjectProperty<Theme> theme) {
        this.window = window;
        this.theme = theme;
    }

    MenuBar bar() {
        Menu file = new Menu("File", null,
                item("New tab", "menu-new-tab", Shortcut.NEW_TAB, () -> window.requests().add()),
                item("Close tab", "menu-close-tab", Shortcut.CLOSE_TAB, window::closeTab),
                item("Save request", "menu-save-request", Shortcut.SAVE, window::saveRequest),
                new SeparatorMenuItem(),
                item("New collection…", "menu-new-collection", null, () -> window.tree().newCollection()),
                item("Open collection…", "menu-open-collection", Shortcut.OPEN_COLLECTION, () -> window.tree().openFile()),
                item("Import AsyncAPI…", "menu-import-asyncapi", null, () -> window.tree().importAsyncApi()),
                new SeparatorMenuItem(),
                item("Open session…", "menu-open-session", null, window::openSession),
                item("Save session as…", "menu-save-session", null, window::saveSession),
                item("Export shown events…", "menu-export-events", null, window::exportShownEvents),
                new SeparatorMenuItem(),
                item("Quit", "menu-quit", Shortcut.QUIT, () -> owner().hide()));
        Menu connection = new Menu("Connection", null,
                item("Connect or disconnect", "menu-connect", Shortcut.CONNECT, () -> window.session().toggleConnection()),
                item("Diagnose", "menu-diagnose", Shortcut.DIAGNOSE, () -> window.session().diagnose()),
                new SeparatorMenuItem(),
                item("Go to the address", "menu-focus-url", Shortcut.FOCUS_ADDRESS, () -> focus("#url")),
                item("Find in the timeline", "menu-find", Shortcut.FIND, () -> focus("#timeline-filter")));
        Menu view = new Menu("View", null, themeItem("Light theme", "menu-theme-light", Theme.LIGHT),
                themeItem("Dark theme", "menu-theme-dark", Theme.DARK));
        Menu help = new Menu("Help", null,
                item("Keyboard shortcuts", "menu-shortcuts", Shortcut.SHORTCUTS, () -> HelpDialogs.showShortcuts(owner())),
                item("About Wscope", "menu-about", null, () -> HelpDialogs.showAbout(owner())));
        MenuBar bar = new MenuBar(file, connection, view, help);
        bar.setId("main-menu");
        return bar;
    }

    private RadioMenuItem themeItem(String text, String id, Theme value) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(themes);
        item.setSelected(theme.get() == value);
        theme.addListener((o, old, now) -> item.setSelected(now == value));
        item.setOnAction(e -> theme.set(value));
        return item;
    }

    private Window owner() {
        return window.root().getScene().getWindow();
    }

    private void focus(String id) {
        Node node = window.root().lookup(id);
        if (node != null) {
            node.requestFocus();
            if (node instanceof TextField field) {
                field.selectAll();
            }
        }
    }

    private static MenuItem item(String text, String id, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(shortcut.combination());
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
