package dev.wscope.core.collection;

/** A node of a collection's tree: a folder or a saved request. */
public sealed interface CollectionItem permits Folder, SavedRequest {
    String name();
}
