package dev.wscope.ui.collections;

import dev.wscope.collections.LoadedCollection;
import dev.wscope.core.collection.TreePath;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;

/**
 * The context menu of each kind of tree node: new request and folder, rename, duplicate, move up and down,
 * delete (undoable), and for a collection its settings, Save As and delete. Names are asked in a dialog.
 */
final class TreeMenus {
    private final CollectionsViewModel model;
    private final TreeCommands commands;

    TreeMenus(CollectionsViewModel model, TreeCommands commands) {
        this.model = model;
        this.commands = commands;
    }

    ContextMenu forItem(TreeItem<TreeNode> item) {
        TreeLocation at = TreeLocation.of(item);
        List<MenuItem> items = new ArrayList<>();
        TreeNode node = at.node();
        if (node instanceof TreeNode.OfRequest) {
            items.add(item("Open", "menu-open", () -> commands.act(item)));
        } else if (node instanceof TreeNode.OfMessage) {
            items.add(item("Send", "menu-send", () -> commands.act(item)));
        }
        if (node instanceof TreeNode.OfCollection || node instanceof TreeNode.OfFolder) {
            items.add(item("New request…", "menu-new-request", () -> commands.newRequest(at)));
            items.add(item("New folder…", "menu-new-folder", () -> commands.newFolder(at)));
        }
        items.add(item("Rename…", "menu-rename", () -> commands.rename(at)));
        if (node instanceof TreeNode.OfCollection collection) {
            LoadedCollection loaded = collection.loaded();
            items.add(item("Collection settings…", "menu-collection-settings", () -> commands.settings(loaded)));
            items.add(item("Save as…", "menu-save-as", () -> commands.saveAs(loaded)));
            items.add(item("Export as AsyncAPI…", "menu-export-asyncapi", () -> commands.exportAsyncApi(loaded)));
            items.add(item("Export HTML docs…", "menu-export-docs", () -> commands.exportDocs(loaded)));
            items.add(new SeparatorMenuItem());
            items.add(item(loaded.external() ? "Close (the file stays)" : "Delete collection…", "menu-delete-collection",
                    () -> commands.deleteCollection(loaded)));
        } else {
            items.add(item("Duplicate", "menu-duplicate", () -> model.duplicate(at.collection(), at.path())));
            addMoves(items, at, item);
            items.add(new SeparatorMenuItem());
            items.add(item("Delete", "menu-delete", () -> model.delete(at.collection(), at.path())));
        }
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }

    /** Up and down among its siblings: the keyboard way to reorder what drag and drop also moves. */
    private void addMoves(List<MenuItem> items, TreeLocation at, TreeItem<TreeNode> item) {
        int index = at.path().index();
        TreePath parent = at.path().parent();
        MenuItem up = item("Move up", "menu-move-up", () -> model.move(at.collection(), at.path(), at.collection(), parent,
                index - 1));
        MenuItem down = item("Move down", "menu-move-down", () -> model.move(at.collection(), at.path(), at.collection(),
                parent, index + 2));
        up.setDisable(index == 0);
        down.setDisable(item.getParent() == null || index >= item.getParent().getChildren().size() - 1);
        items.add(up);
        items.add(down);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
