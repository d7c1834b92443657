package dev.wscope.core.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Changes to a collection's tree, by TreePath: each returns a new collection and leaves the given one as it
 * was, so the window can keep the one before for Undo. Folders and requests live in the collection and in
 * folders; saved messages live in requests. A change that does not fit (a message into a folder, a folder
 * into itself, an index out of range) throws IllegalArgumentException with words for the user.
 */
public final class CollectionEdits {
    private CollectionEdits() {
    }

    /** The folder, request or saved message at the path; the root is the collection, no node of its own tree. */
    public static CollectionNode node(Collection collection, TreePath path) {
        if (path.isRoot()) {
            throw new IllegalArgumentException("The collection is not one of its own items");
        }
        List<? extends CollectionNode> list = children(collection, path.parent());
        checkIndex(path.index(), list.size());
        return list.get(path.index());
    }

    /** The name of the node at the path, the collection's for the root. */
    public static String name(Collection collection, TreePath path) {
        return path.isRoot() ? collection.name() : node(collection, path).name();
    }

    public static Collection remove(Collection collection, TreePath path) {
        node(collection, path);
        return change(collection, path.parent(), list -> {
            list.remove(path.index());
            return list;
        });
    }

    public static Collection replace(Collection collection, TreePath path, CollectionNode node) {
        node(collection, path);
        return change(collection, path.parent(), list -> {
            list.set(path.index(), node);
            return list;
        });
    }

    /** Puts the node into the list of the parent (the collection, a folder or a request) at the index. */
    public static Collection insert(Collection collection, TreePath parent, int index, CollectionNode node) {
        boolean intoRequest = !parent.isRoot() && node(collection, parent) instanceof SavedRequest;
        if (intoRequest != (node instanceof SavedMessage)) {
            throw new IllegalArgumentException(intoRequest ? "Only saved messages go into a request"
                    : "A saved message belongs to a request, not to a folder or a collection");
        }
        return change(collection, parent, list -> {
            checkIndex(index, list.size() + 1);
            list.add(index, node);
            return list;
        });
    }

    /** Puts the node at the end of the parent's list. */
    public static Collection append(Collection collection, TreePath parent, CollectionNode node) {
        return insert(collection, parent, children(collection, parent).size(), node);
    }

    /** True when the path leads to the collection itself or to a folder in it. */
    public static boolean isFolder(Collection collection, TreePath path) {
        try {
            return path.isRoot() || node(collection, path) instanceof Folder;
        } catch (IllegalArgumentException gone) {
            return false;
        }
    }

    public static Collection rename(Collection collection, TreePath path, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A name cannot be empty");
        }
        if (path.isRoot()) {
            return new Collection(collection.id(), name.strip(), collection.spec(), collection.items(),
                    collection.environments(), collection.api());
        }
        return replace(collection, path, node(collection, path).withName(name.strip()));
    }

    /** A copy right after the original, named "… copy", with new request ids. */
    public static Collection duplicate(Collection collection, TreePath path) {
        CollectionNode copy = node(collection, path).copied();
        return insert(collection, path.parent(), path.index() + 1, copy.withName(copy.name() + " copy"));
    }

    /**
     * Moves a node to the index of a parent in the same collection; the index counts the list as it is before
     * the move, as a drop target is seen on screen.
     */
    public static Collection move(Collection collection, TreePath from, TreePath toParent, int index) {
        if (!from.isMessage() && toParent.within(from)) {
            throw new IllegalArgumentException("A folder cannot move into itself");
        }
        CollectionNode node = node(collection, from);
        boolean sameList = from.parent().equals(toParent);
        int target = sameList && index > from.index() ? index - 1 : index;
        TreePath parentAfterRemoval = shiftedAfterRemoval(toParent, from);
        return insert(remove(collection, from), parentAfterRemoval, target, node);
    }

    /** A path, as it reads once the node at removed is gone from its list. */
    static TreePath shiftedAfterRemoval(TreePath path, TreePath removed) {
        if (removed.isMessage()) {
            return path;
        }
        int depth = removed.items().size() - 1;
        List<Integer> items = path.items();
        if (items.size() <= depth || !items.subList(0, depth).equals(removed.items().subList(0, depth))
                || items.get(depth) <= removed.index()) {
            return path;
        }
        List<Integer> shifted = new ArrayList<>(items);
        shifted.set(depth, items.get(depth) - 1);
        return new TreePath(shifted, path.message());
    }

    private static List<? extends CollectionNode> children(Collection collection, TreePath parent) {
        if (parent.isRoot()) {
            return collection.items();
        }
        CollectionNode holder = node(collection, parent);
        if (holder instanceof Folder folder) {
            return folder.items();
        } else if (holder instanceof SavedRequest request) {
            return request.messages();
        }
        throw new IllegalArgumentException("A saved message holds nothing");
    }

    /** The collection with the list of the parent passed through the change (given a mutable copy). */
    private static Collection change(Collection collection, TreePath parent, UnaryOperator<List<CollectionNode>> change) {
        List<CollectionNode> list = new ArrayList<>(children(collection, parent));
        if (parent.isRoot()) {
            return collection.withItems(items(change.apply(list)));
        }
        CollectionNode holder = node(collection, parent);
        CollectionNode changed = holder instanceof Folder folder ? folder.withItems(items(change.apply(list)))
                : ((SavedRequest) holder).withMessages(messages(change.apply(list)));
        return replace(collection, parent, changed);
    }

    private static List<CollectionItem> items(List<CollectionNode> list) {
        return list.stream().map(CollectionItem.class::cast).toList();
    }

    private static List<SavedMessage> messages(List<CollectionNode> list) {
        return list.stream().map(SavedMessage.class::cast).toList();
    }

    private static void checkIndex(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("No item at position " + (index + 1) + " (there are " + size + ")");
        }
    }
}
