package dev.wscope.collections;

import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.CollectionEdits;
import dev.wscope.core.collection.CollectionNode;
import dev.wscope.core.collection.TreePath;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.StoreException;
import java.util.Objects;

/**
 * A change is made to the file as it is on disk, not to the copy on show, so nothing saved meanwhile (by a
 * tab, by git) is lost; it goes ahead only when the node it is about is still what the user saw there.
 * Blocking I/O: background threads only.
 */
final class TreeCheck {
    private TreeCheck() {
    }

    /** The collection as on disk, once the node at the path is found to be the one on show. */
    static Collection unchanged(CollectionStore store, LoadedCollection shown, TreePath path) throws StoreException {
        Collection onDisk = store.load(shown.file());
        if (path.isRoot() || Objects.equals(nodeAt(onDisk, path), nodeAt(shown.collection(), path))) {
            return onDisk;
        }
        throw new StoreException(shown.file().getFileName() + " changed since it was shown (saved elsewhere?): the"
                + " tree was read again, nothing was changed; try once more");
    }

    private static CollectionNode nodeAt(Collection collection, TreePath path) {
        try {
            return CollectionEdits.node(collection, path);
        } catch (IllegalArgumentException gone) {
            return null;
        }
    }
}
