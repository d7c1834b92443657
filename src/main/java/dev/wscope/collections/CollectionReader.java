package dev.wscope.collections;

import dev.wscope.core.collection.Collection;
import dev.wscope.core.variables.SecretMask;
import dev.wscope.log.LogSecrets;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every collection the tree shows: the files of the data folder, then those opened from elsewhere. A
 * file that cannot be read is named in the problems and left as it is; an opened file that is gone is named
 * once and dropped from the list. Blocking I/O: background threads only.
 */
final class CollectionReader {
    private static final Logger LOG = LoggerFactory.getLogger(CollectionReader.class);
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
            problem(problems, e.getMessage(), e);
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
            problem(problems, e.getMessage(), e);
        }
    }

    private void read(Path file, boolean external, List<LoadedCollection> loaded, List<String> problems) {
        try {
            Collection collection = store.load(file);
            LogSecrets.remember(file.toString(), SecretMask.of(collection.environments()));
            loaded.add(new LoadedCollection(file, collection, external));
        } catch (StoreException e) {
            problem(problems, file.getFileName() + " cannot be read and is left as it is: " + e.getMessage(), e);
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
            problem(problems, "The sample collection could not be installed: " + e.getMessage(), e);
        }
    }

    /** A problem the tree's problem line shows; the log keeps its cause. */
    private static void problem(List<String> problems, String message, Exception cause) {
        LOG.warn(message, cause);
        problems.add(message);
    }
}
