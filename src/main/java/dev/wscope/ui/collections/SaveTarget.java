package dev.wscope.ui.collections;

import dev.wscope.core.collection.CollectionEdits;
import dev.wscope.core.collection.TreePath;

/** Where a request saved for the first time goes: a collection, and a folder in it (the root for none). */
public record SaveTarget(LoadedCollection collection, TreePath folder) {
    /** The folder at or around a tree node: the node itself when it is a folder, else the folder it is in. */
    static SaveTarget around(TreeLocation at) {
        TreePath path = at.path();
        TreePath folder = CollectionEdits.isFolder(at.collection().collection(), path) ? path
                : path.isMessage() ? path.parent().parent() : path.parent();
        return new SaveTarget(at.collection(), folder);
    }
}
