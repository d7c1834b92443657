package dev.wscope.ui.collections;

import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.CollectionNode;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.ui.common.Icons;
import java.util.function.Consumer;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import org.kordamp.ikonli.feather.Feather;

/**
 * One row of the collections tree: the node's name by kind, its context menu, a double-click to act, and
 * drag and drop to move or reorder. Resets in its empty branch.
 */
final class ItemCell extends TreeCell<Object> {
    /** The item being dragged: a drag starts and ends within this tree, so a field is enough. */
    private static TreeItem<Object> dragged;

    private final TreeMenus menus;

    ItemCell(TreeMenus menus, Consumer<TreeItem<Object>> act, CollectionsViewModel model) {
        this.menus = menus;
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getTreeItem() != null) {
                act.accept(getTreeItem());
            }
        });
        setOnDragDetected(e -> {
            if (getTreeItem() != null && !(getItem() instanceof LoadedCollection)) {
                dragged = getTreeItem();
                ClipboardContent content = new ClipboardContent();
                content.putString(getText());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (drop() != null) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            TreeDrop drop = drop();
            if (drop != null) {
                TreeLocation from = TreeLocation.of(dragged);
                model.move(from.collection(), from.path(), drop.collection(), drop.parent(), drop.index());
            }
            e.setDropCompleted(drop != null);
            e.consume();
        });
        setOnDragDone(e -> dragged = null);
        // the whole name on hover, where a narrow tree cuts it, with a collection's file and a request's address;
        // made then, as a tooltip is a popup window of its own
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> setTooltip(getItem() == null ? null
                : new javafx.scene.control.Tooltip(hoverText(getItem()))));
    }

    private TreeDrop drop() {
        if (dragged == null || getTreeItem() == null || getTreeItem() == dragged) {
            return null;
        }
        return TreeDrop.of(TreeLocation.of(dragged), TreeLocation.of(getTreeItem())).orElse(null);
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setContextMenu(null);
            return;
        }
        setText(label(item));
        setGraphic(Icons.of(icon(item)));

        setContextMenu(menus.forItem(getTreeItem()));
    }

    private static String label(Object item) {
        if (item instanceof LoadedCollection collection) {
            return collection.collection().name() + (collection.external() ? "  (" + collection.file().getFileName() + ")" : "");
        }
        return ((CollectionNode) item).name();
    }

    private static String hoverText(Object item) {
        if (item instanceof LoadedCollection loaded) {
            return label(item) + "\n" + loaded.file();
        }
        return item instanceof SavedRequest request ? request.name() + "\n" + request.url() : label(item);
    }

    /** A collection, a folder, a request, and a message to send or one the server sends. */
    private static Feather icon(Object item) {
        if (item instanceof LoadedCollection collection) {
            return collection.external() ? Feather.GIT_BRANCH : Feather.BOOK;
        } else if (item instanceof Folder) {
            return Feather.FOLDER;
        } else if (item instanceof SavedRequest) {
            return Feather.REPEAT;
        }
        return ((SavedMessage) item).fromServer() ? Feather.ARROW_DOWN_LEFT : Feather.ARROW_UP_RIGHT;
    }
}
