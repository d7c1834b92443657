package dev.wscope.collections;

import dev.wscope.core.collection.Collection;
import java.nio.file.Path;
import java.util.List;

/**
 * How to take back one change to the collections: what each file it touched held before (a null collection:
 * the file did not exist, so undoing takes it away again).
 */
record UndoStep(String label, List<Before> files) {
    record Before(Path file, Collection collection) {
    }

    static UndoStep of(String label, Path file, Collection before) {
        return new UndoStep(label, List.of(new Before(file, before)));
    }
}
