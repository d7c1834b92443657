package dev.wscope.store;

import dev.wscope.core.collection.Collection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The window's collections: files in the data folder (or anywhere, through Open and Save As) with their
 * secret values kept apart in the owner-only secrets file. Blocking I/O: call it off the FX thread.
 */
public final class CollectionStore {
    private final DataFolder folder;
    private final SecretStore secrets;
    private final AtomicFile writer;

    public CollectionStore(DataFolder folder) {
        this(folder, AtomicFile.standard());
    }

    CollectionStore(DataFolder folder, AtomicFile writer) {
        this.folder = folder;
        this.secrets = new SecretStore(folder.secrets(), writer);
        this.writer = writer;
    }

    /**
     * The collection in the file, with this machine's secret values in it. Throws when either file cannot be
     * read; CollectionFiles.read still opens the collection alone when only the secrets file is the trouble.
     */
    public Collection load(Path file) throws StoreException {
        return secrets.fill(CollectionFiles.read(file));
    }

    /**
     * Writes the collection (secrets apart) atomically. Nothing is written when the file exists but cannot be
     * read as a collection, or when the secrets file cannot be read.
     */
    public void save(Path file, Collection collection) throws StoreException {
        CollectionFiles.checkReplaceable(file);
        secrets.keep(collection);
        CollectionFiles.write(file, collection, writer);
    }

    /**
     * Takes the collection file away by renaming it to NAME.json.bak (replacing an older backup), so a
     * deletion can still be undone by hand after the window is closed.
     */
    public void delete(Path file) throws StoreException {
        try {
            Files.move(file, AtomicFile.backupOf(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("cannot delete " + file + ": " + TextFiles.reason(e) + "; it was left as it was", e);
        }
    }

    /** The collections opened from elsewhere (a project's git repository), remembered across runs. */
    public OpenedCollections opened() {
        return new OpenedCollections(folder.path().resolve("opened-collections.json"), writer);
    }

    /** The folder of the data folder that holds the collection files (it may not exist yet). */
    public Path collectionsFolder() {
        return folder.collections();
    }

    /** The collection files in the data folder, by name. */
    public List<Path> list() throws StoreException {
        Path collections = folder.collections();
        if (!Files.isDirectory(collections)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(collections)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new StoreException("cannot list " + collections + ": " + TextFiles.reason(e), e);
        }
    }

    /** Where a new collection goes in the data folder: its name as a file name, made unique. */
    public Path newFileFor(Collection collection) {
        String slug = collection.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String base = slug.isEmpty() ? "collection" : slug;
        Path file = folder.collections().resolve(base + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.collections().resolve(base + "-" + n + ".json");
        }
        return file;
    }
}
