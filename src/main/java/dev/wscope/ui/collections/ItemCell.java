package dev.wscope.ui.collections;

import dev.wscope.ui.common.Icons;
import java.util.function.Consumer;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;

/**
 * One row of the collections tree: the node's name by kind, its context menu, a double-click to act, and
 * drag and drop to move or reorder. Resets in its empty branch.
 */
final class ItemCell extends TreeCell<TreeNode> {
    /** The item being dragged: a drag starts and ends within this tree, so a field is enough. */
    private static TreeItem<TreeNode> dragged;

    private final TreeMenus menus;

    ItemCell(TreeMenus menus, Consumer<TreeItem<TreeNode>> act, CollectionsViewModel model) {
        this.menus = menus;
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getTreeItem() != null) {
                act.accept(getTreeItem());
            }
        });
        setOnDragDetected(e -> {
            if (getTreeItem() != null && !(getItem() instanceof TreeNode.OfCollection)) {
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
                : new javafx.scene.control.Tooltip(getItem().hoverText())));
    }

    private TreeDrop drop() {
        if (dragged == null || getTreeItem() == null || getTreeItem() == dragged) {
            return null;
        }
        return TreeDrop.of(TreeLocation.of(dragged), TreeLocation.of(getTreeItem())).orElse(null);
    }

    @Override
    protected void updateItem(TreeNode item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setContextMenu(null);
            return;
        }
        setText(item.label());
        setGraphic(Icons.of(item.icon()));
        setContextMenu(menus.forItem(getTreeItem()));
    }
}
