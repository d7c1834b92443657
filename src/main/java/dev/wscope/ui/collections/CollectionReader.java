package dev.wscope.ui.collections;

import dev.wscope.store.CollectionStore;
import dev.wscope.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every collection the tree shows: the files of the data folder, then those opened from elsewhere. A
 * file that cannot be read is named in the problems and left as it is; an opened file that is gone is named
 * once and dropped from the list. Blocking I/O: background threads only.
 */
final class CollectionReader {
    static final String SAMPLE = "/samples/echo-and-mirror.json";

    record Result(List<LoadedCollection> loaded, List<String> problems) {
    }

    private final CollectionStore store;

    CollectionReader(CollectionStore store) {
        this.store = store;
    }

    Result readAll() {
        List<LoadedCollection> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        installSampleOnFirstRun(problems);
        try {
            for (Path file : store.list()) {
                read(file, false, loaded, problems);
            }
        } catch (StoreException e) {
            problems.add(e.getMessage());
        }
        readOpened(loaded, problems);
        return new Result(List.copyOf(loaded), List.copyOf(problems));
    }

    private void readOpened(List<LoadedCollection> loaded, List<String> problems) {
        try {
            List<Path> opened = store.opened().read();
            List<Path> present = opened.stream().filter(Files::exists).toList();
            for (Path file : opened) {
                if (!present.contains(file)) {
                    problems.add(file + " is no longer there: it was taken off the list of opened collections");
                }
            }
            if (present.size() < opened.size()) {
                store.opened().write(present);
            }
            present.forEach(file -> read(file, true, loaded, problems));
        } catch (StoreException e) {
            problems.add(e.getMessage());
        }
    }

    private void read(Path file, boolean external, List<LoadedCollection> loaded, List<String> problems) {
        try {
            loaded.add(new LoadedCollection(file, store.load(file), external));
        } catch (StoreException e) {
            problems.add(file.getFileName() + " cannot be read and is left as it is: " + e.getMessage());
        }
    }

    /** A first run finds the sample collection (requests to the built-in test server) in its tree. */
    private void installSampleOnFirstRun(List<String> problems) {
        Path folder = store.collectionsFolder();
        if (Files.exists(folder)) {
            return;
        }
        try (InputStream sample = CollectionReader.class.getResourceAsStream(SAMPLE)) {
            if (sample != null) {
                Files.createDirectories(folder);
                Files.copy(sample, folder.resolve("echo-and-mirror.json"));
            }
        } catch (IOException e) {
            problems.add("The sample collection could not be installed: " + e.getMessage());
        }
    }
}
