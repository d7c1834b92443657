package dev.wscope.ui.help;

import dev.wscope.core.AppVersion;
import dev.wscope.store.DataFolder;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help > Keyboard shortcuts and Help > About. */
public final class HelpDialogs {
    private HelpDialogs() {
    }

    public static void showShortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-list");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        int row = 0;
        for (Shortcut shortcut : Shortcut.values()) {
            Label keys = new Label(shortcut.shown());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Label.USE_PREF_SIZE); // the keys whole ("Ctrl+Shif..." in a narrow dialog)
            Label action = new Label(shortcut.action());
            action.setWrapText(true);
            action.setMaxWidth(420);
            action.setMinHeight(Label.USE_PREF_SIZE);
            grid.addRow(row++, keys, action);
        }
        show(owner, "Keyboard shortcuts", "Keyboard shortcuts", grid);
    }

    public static void showAbout(Window owner) {
        Label text = new Label(String.join("\n",
                "A desktop WebSocket API debugging client.",
                "",
                "Version " + AppVersion.current(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version", "?"),
                "Data folder: " + DataFolder.current().path().toAbsolutePath(),
                "",
                "The same program runs the commands: wscope serve, wscope doctor URL, wscope send URL ..."));
        text.setId("about-text");
        text.setWrapText(true);
        show(owner, "About Wscope", "Wscope " + AppVersion.current(), text);
    }

    private static void show(Window owner, String title, String header, javafx.scene.Node content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        alert.initOwner(owner);
        alert.show();
    }
}
