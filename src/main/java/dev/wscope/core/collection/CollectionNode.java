package dev.wscope.core.collection;

/**
 * A node below a collection in its tree: a folder, a saved request or a saved message. Sealed, and each kind
 * answers for its own name and copy, so an edit (rename, duplicate) never tests a node's class.
 */
public sealed interface CollectionNode permits CollectionItem, SavedMessage {
    String name();

    /** The same node under another name; a request keeps its id, so its tabs and secrets stay attached. */
    CollectionNode withName(String newName);

    /** A copy that saves apart from the original: every request in it gets a new id. */
    CollectionNode copied();
}
