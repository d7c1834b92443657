package dev.wscope.collections;

import dev.wscope.core.collection.Collection;
import java.nio.file.Path;

/** A collection and the file it was read from (and is saved back to); external when opened from elsewhere. */
public record LoadedCollection(Path file, Collection collection, boolean external) {
}
