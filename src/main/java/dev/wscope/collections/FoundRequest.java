package dev.wscope.collections;

import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.TreePath;

/** A saved request as the tree has it now: the collection that holds it and where. */
public record FoundRequest(LoadedCollection collection, TreePath path, SavedRequest request) {
}
