package dev.wscope.ui;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: every frequent action with its keyboard shortcut (the accelerators live here, so the menus
 * and the shortcuts never disagree).
 */
final class MainMenu {
    private final MainWindow window;

    MainMenu(MainWindow window) {
        this.window = window;
    }

    MenuBar bar() {
        Menu file = new Menu("File", null,
                item("New tab", "menu-new-tab", "Shortcut+T", () -> window.requests().add()),
                item("Close tab", "menu-close-tab", "Shortcut+W", () -> window.requests().close(window.requests().selected())),
                item("Save request", "menu-save-request", "Shortcut+S", window::saveRequest),
                new SeparatorMenuItem(),
                item("Quit", "menu-quit", "Shortcut+Q", () -> window.root().getScene().getWindow().hide()));
        Menu connection = new Menu("Connection", null,
                item("Connect or disconnect", "menu-connect", "Shortcut+Shift+K", () -> window.session().toggleConnection()),
                item("Diagnose", "menu-diagnose", "Shortcut+D", () -> window.session().diagnose()),
                new SeparatorMenuItem(),
                item("Go to the address", "menu-focus-url", "Shortcut+L", () -> focus("#url")),
                item("Find in the timeline", "menu-find", "Shortcut+F", () -> focus("#timeline-filter")));
        MenuBar bar = new MenuBar(file, connection);
        bar.setId("main-menu");
        return bar;
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

    private static MenuItem item(String text, String id, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.setOnAction(e -> action.run());
        return item;
    }
}
