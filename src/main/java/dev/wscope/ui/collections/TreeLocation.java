package dev.wscope.ui.collections;

import dev.wscope.core.collection.SavedMessage;
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
public record TreeLocation(LoadedCollection collection, TreePath path, Object node) {
    public static TreeLocation of(TreeItem<Object> item) {
        Deque<Integer> indexes = new ArrayDeque<>();
        TreeItem<Object> current = item;
        int message = -1;
        while (current != null && !(current.getValue() instanceof LoadedCollection)) {
            TreeItem<Object> parent = current.getParent();
            int index = parent == null ? 0 : parent.getChildren().indexOf(current);
            if (current.getValue() instanceof SavedMessage) {
                message = index;
            } else {
                indexes.push(index);
            }
            current = parent;
        }
        if (current == null) {
            throw new IllegalArgumentException("not in a collection");
        }
        return new TreeLocation((LoadedCollection) current.getValue(), new TreePath(new ArrayList<>(indexes), message),
                item.getValue());
    }
}
