package dev.wscope.ui.collections;

import dev.wscope.collections.LoadedCollection;
import dev.wscope.core.collection.TreePath;
import java.util.Optional;

/**
 * Where a dragged node lands when dropped on another: a saved message before the message it is dropped on,
 * or at the end of the request it is dropped on; a folder or request into the folder or collection it is
 * dropped on, or before the request it is dropped on. Anything else (a message onto a folder, a folder into
 * itself) is not a drop target.
 */
record TreeDrop(LoadedCollection collection, TreePath parent, int index) {
    static Optional<TreeDrop> of(TreeLocation dragged, TreeLocation target) {
        TreeNode onto = target.node();
        if (dragged.node() instanceof TreeNode.OfMessage) {
            if (onto instanceof TreeNode.OfMessage) {
                return Optional.of(new TreeDrop(target.collection(), target.path().parent(), target.path().index()));
            }
            if (onto instanceof TreeNode.OfRequest request) {
                return Optional.of(new TreeDrop(target.collection(), target.path(), request.request().messages().size()));
            }
            return Optional.empty();
        }
        if (onto instanceof TreeNode.OfMessage || sameNode(dragged, target) || inside(dragged, target)) {
            return Optional.empty();
        }
        if (onto instanceof TreeNode.OfCollection collection) {
            return Optional.of(new TreeDrop(collection.loaded(), TreePath.root(), collection.loaded().collection().items().size()));
        }
        if (onto instanceof TreeNode.OfFolder folder) {
            return Optional.of(new TreeDrop(target.collection(), target.path(), folder.folder().items().size()));
        }
        return Optional.of(new TreeDrop(target.collection(), target.path().parent(), target.path().index()));
    }

    private static boolean sameNode(TreeLocation a, TreeLocation b) {
        return a.collection().file().equals(b.collection().file()) && a.path().equals(b.path());
    }

    /** A folder cannot go into a folder of its own. */
    private static boolean inside(TreeLocation dragged, TreeLocation target) {
        return dragged.collection().file().equals(target.collection().file()) && target.path().within(dragged.path());
    }
}
