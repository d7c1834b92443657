package dev.wscope.ui.rows;

import dev.wscope.ui.help.Shortcut;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;

/**
 * The context menu of a row: a text field's own edit items first (a menu of ours replaces the field's), then
 * the row's own: switch its box, delete it.
 */
final class RowMenu {
    private RowMenu() {
    }

    static ContextMenu of(Node target, String toggleText, Runnable toggle, String noun, Runnable delete) {
        ContextMenu menu = new ContextMenu();
        if (target instanceof TextInputControl field) {
            menu.getItems().addAll(item("Undo", field.isUndoable(), field::undo), item("Cut", true, field::cut),
                    item("Copy", true, field::copy), item("Paste", true, field::paste),
                    item("Select all", true, field::selectAll), new SeparatorMenuItem());
        }
        if (toggle != null) {
            menu.getItems().add(item(withKeys(toggleText, Shortcut.ROW_TOGGLE), true, toggle));
        }
        MenuItem remove = item(withKeys("Delete this " + noun, Shortcut.ROW_DELETE), true, delete);
        remove.setId("row-delete");
        menu.getItems().add(remove);
        return menu;
    }

    /** The keys in the text, not as an accelerator: the rows' own key handler already acts on them. */
    private static String withKeys(String text, Shortcut shortcut) {
        return text + "  (" + shortcut.shown() + ")";
    }

    private static MenuItem item(String text, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setDisable(!enabled);
        item.setOnAction(e -> action.run());
        return item;
    }
}
