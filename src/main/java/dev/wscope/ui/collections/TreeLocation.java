package dev.wscope.ui.collections;

import dev.wscope.collections.LoadedCollection;
import dev.wscope.core.collection.TreePath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import javafx.scene.control.TreeItem;

/**
 * Where a tree item's node sits: its collection and its path. The tree mirrors the collection exactly (a
 * folder's children are its items in order, a request's children its saved messages), so the path is the
 * items' positions among their siblings.
 */
public record TreeLocation(LoadedCollection collection, TreePath path, TreeNode node) {
    public static TreeLocation of(TreeItem<TreeNode> item) {
        Deque<Integer> indexes = new ArrayDeque<>();
        int message = -1;
        for (TreeItem<TreeNode> current = item; current != null; current = current.getParent()) {
            if (current.getValue() instanceof TreeNode.OfCollection top) {
                return new TreeLocation(top.loaded(), new TreePath(new ArrayList<>(indexes), message), item.getValue());
            }
            TreeItem<TreeNode> parent = current.getParent();
            int index = parent == null ? 0 : parent.getChildren().indexOf(current);
            if (current.getValue() instanceof TreeNode.OfMessage) {
                message = index;
            } else {
                indexes.push(index);
            }
        }
        throw new IllegalArgumentException("not in a collection");
    }
}
