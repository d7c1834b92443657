package dev.wscope.core.collection;

/** A node of a collection's own lists: a folder or a saved request (saved messages live in requests). */
public sealed interface CollectionItem extends CollectionNode permits Folder, SavedRequest {
    @Override
    CollectionItem withName(String newName);

    @Override
    CollectionItem copied();
}
