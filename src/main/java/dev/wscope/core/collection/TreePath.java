package dev.wscope.core.collection;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a node sits in a collection: the indexes of folders and requests from the collection's top list
 * down, and for a saved message its index among its request's messages. The empty path is the collection.
 */
public record TreePath(List<Integer> items, int message) {
    public TreePath {
        items = List.copyOf(items);
        if (message >= 0 && items.isEmpty()) {
            throw new IllegalArgumentException("a saved message belongs to a request");
        }
    }

    public static TreePath root() {
        return new TreePath(List.of(), -1);
    }

    public static TreePath of(Integer... indexes) {
        return new TreePath(List.of(indexes), -1);
    }

    public boolean isRoot() {
        return items.isEmpty();
    }

    public boolean isMessage() {
        return message >= 0;
    }

    /** The folder or request below this one at the index. */
    public TreePath child(int index) {
        List<Integer> longer = new ArrayList<>(items);
        longer.add(index);
        return new TreePath(longer, -1);
    }

    /** The saved message of this request at the index. */
    public TreePath message(int index) {
        return new TreePath(items, index);
    }

    /** The list this node is in: the collection, a folder, or (for a message) its request. */
    public TreePath parent() {
        if (isMessage()) {
            return new TreePath(items, -1);
        }
        if (isRoot()) {
            throw new IllegalArgumentException("the collection has no parent");
        }
        return new TreePath(items.subList(0, items.size() - 1), -1);
    }

    /** This node's index in its parent's list. */
    public int index() {
        return isMessage() ? message : items.get(items.size() - 1);
    }

    /** True when this path is the other one or lies below it (a folder cannot move into itself). */
    public boolean within(TreePath other) {
        return !other.isMessage() && items.size() >= other.items.size()
                && items.subList(0, other.items.size()).equals(other.items);
    }
}
