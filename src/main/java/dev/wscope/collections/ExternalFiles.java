package dev.wscope.collections;

import dev.wscope.store.CollectionStore;
import dev.wscope.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Adds to and takes from the remembered list of collections opened from outside the data folder. */
final class ExternalFiles {
    private ExternalFiles() {
    }

    /** A file of the data folder is listed anyway; any other is remembered once. */
    static void remember(CollectionStore store, Path file) throws StoreException {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.getParent() != null && absolute.getParent().equals(store.collectionsFolder().toAbsolutePath().normalize())) {
            return;
        }
        List<Path> files = new ArrayList<>(store.opened().read());
        if (!files.contains(absolute)) {
            files.add(absolute);
            store.opened().write(files);
        }
    }

    static void forget(CollectionStore store, Path file) throws StoreException {
        List<Path> files = new ArrayList<>(store.opened().read());
        if (files.remove(file.toAbsolutePath().normalize())) {
            store.opened().write(files);
        }
    }
}
