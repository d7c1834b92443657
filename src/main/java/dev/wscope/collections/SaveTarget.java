package dev.wscope.collections;

import dev.wscope.core.collection.CollectionEdits;
import dev.wscope.core.collection.TreePath;

/** Where a request saved for the first time goes: a collection, and a folder in it (the root for none). */
public record SaveTarget(LoadedCollection collection, TreePath folder) {
    /** The folder at or around a node: the node itself when it is a folder, else the folder it is in. */
    public static SaveTarget around(LoadedCollection collection, TreePath path) {
        TreePath folder = CollectionEdits.isFolder(collection.collection(), path) ? path
                : path.isMessage() ? path.parent().parent() : path.parent();
        return new SaveTarget(collection, folder);
    }
}
