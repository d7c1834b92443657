package dev.wscope.ui.app;

import dev.wscope.core.workspace.Theme;
import dev.wscope.log.LogFiles;
import dev.wscope.ui.help.HelpDialogs;
import dev.wscope.ui.help.Shortcut;
import dev.wscope.ui.session.SessionViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The menu bar: every frequent action, with its keyboard shortcut from {@link Shortcut}. */
final class MainMenu {
    private static final Logger LOG = LoggerFactory.getLogger(MainMenu.class);

    private final Supplier<MainWindow> window;
    private final ObjectProperty<Theme> theme;
    private final Consumer<String> openInDesktop;
    private final ToggleGroup themes = new ToggleGroup();
    /** A saved session is on show: the items that act on a request (its address, connection, saving) are off. */
    private final BooleanProperty noRequestOnShow = new SimpleBooleanProperty(false);

    /**
     * The window may come after the menus (a launched window shows its menus first): until then they do nothing.
     * openInDesktop shows a folder's URI in the desktop's file manager (the application's HostServices).
     */
    MainMenu(Supplier<MainWindow> window, ObjectProperty<Theme> theme, Consumer<String> openInDesktop) {
        this.window = window;
        this.theme = theme;
        this.openInDesktop = openInDesktop;
    }

    MenuBar bar() {
        Menu file = new Menu("File", null,
                item("New tab", "menu-new-tab", Shortcut.NEW_TAB, on(w -> w.requests().add())),
                item("Close tab", "menu-close-tab", Shortcut.CLOSE_TAB, on(MainWindow::closeTab)),
                onRequest(item("Save request", "menu-save-request", Shortcut.SAVE, on(MainWindow::saveRequest))),
                new SeparatorMenuItem(),
                item("New collection…", "menu-new-collection", null, on(w -> w.tree().newCollection())),
                item("Open collection…", "menu-open-collection", Shortcut.OPEN_COLLECTION, on(w -> w.tree().openFile())),
                item("Import AsyncAPI…", "menu-import-asyncapi", null, on(w -> w.tree().importAsyncApi())),
                new SeparatorMenuItem(),
                item("Open session…", "menu-open-session", null, on(MainWindow::openSession)),
                item("Save session as…", "menu-save-session", null, on(MainWindow::saveSession)),
                item("Export shown events…", "menu-export-events", null, on(MainWindow::exportShownEvents)),
                new SeparatorMenuItem(),
                item("Quit", "menu-quit", Shortcut.QUIT, on(w -> owner(w).hide())));
        Menu connection = new Menu("Connection", null,
                onRequest(item("Connect or disconnect", "menu-connect", Shortcut.CONNECT, onSession(SessionViewModel::toggleConnection))),
                onRequest(item("Diagnose", "menu-diagnose", Shortcut.DIAGNOSE, onSession(SessionViewModel::diagnose))),
                new SeparatorMenuItem(),
                onRequest(item("Go to the address", "menu-focus-url", Shortcut.FOCUS_ADDRESS, on(w -> focus(w, "#url")))),
                item("Find in the timeline", "menu-find", Shortcut.FIND, on(w -> focus(w, "#timeline-filter"))));
        Menu view = new Menu("View", null, themeItem("Light theme", "menu-theme-light", Theme.LIGHT),
                themeItem("Dark theme", "menu-theme-dark", Theme.DARK));
        Menu help = new Menu("Help", null,
                item("Keyboard shortcuts", "menu-shortcuts", Shortcut.SHORTCUTS, on(w -> HelpDialogs.showShortcuts(owner(w)))),
                item("Open log folder", "menu-open-log-folder", null, this::openLogFolder),
                item("About Wscope", "menu-about", null, on(w -> HelpDialogs.showAbout(owner(w)))));
        MenuBar bar = new MenuBar(file, connection, view, help);
        bar.setId("main-menu");
        return bar;
    }

    /** The folder of wscope.log, made if the log has not written yet, for a bug report. */
    private void openLogFolder() {
        Path folder = LogFiles.folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            LOG.warn("the log folder {} cannot be made", folder, e);
        }
        openInDesktop.accept(folder.toUri().toString());
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

    /** The window is built: the request items follow the tab on show. */
    void follow(MainWindow built) {
        noRequestOnShow.bind(built.requestOnShow().not());
    }

    /** An item that acts on the request on show, off (its shortcut too) while a saved session is on show. */
    private MenuItem onRequest(MenuItem item) {
        item.disableProperty().bind(noRequestOnShow);
        return item;
    }

    private Runnable onSession(Consumer<SessionViewModel> action) {
        return on(w -> w.requests().selectedRequest().ifPresent(tab -> action.accept(tab.session())));
    }

    private Runnable on(Consumer<MainWindow> action) {
        return () -> {
            MainWindow built = window.get();
            if (built != null) {
                action.accept(built);
            }
        };
    }

    private static Window owner(MainWindow window) {
        return window.root().getScene().getWindow();
    }

    private static void focus(MainWindow window, String id) {
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
