package dev.wscope.store;

import com.google.gson.JsonElement;
import dev.wscope.core.collection.Collection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Collection files anywhere on disk (the data folder, a project's git repository). Reading never
 * changes a file; writing is atomic and refuses to replace a file that cannot be read as a collection,
 * so a damaged or foreign file is left exactly as it was for the user to look at.
 */
public final class CollectionFiles {
    /** The largest collection file read: far above any written by hand or by Wscope, and its tree fits in memory. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private CollectionFiles() {
    }

    /** The collection in the file, upgraded from older versions; secret values are not in it. */
    public static Collection read(Path file) throws StoreException {
        try {
            return parse(TextFiles.read(file, MAX_BYTES, "collection file"));
        } catch (FormatProblem e) {
            throw new StoreException(file + ": " + e.getMessage());
        }
    }

    /**
     * Writes the shared form of the collection to the file, atomically. Secret values are not kept anywhere:
     * the window saves through CollectionStore, which keeps them in this machine's secrets file.
     */
    public static void write(Path file, Collection collection) throws StoreException {
        write(file, collection, AtomicFile.standard());
    }

    static void write(Path file, Collection collection, AtomicFile writer) throws StoreException {
        checkReplaceable(file);
        byte[] content = JsonDocuments.pretty(SharedCopy.tree(collection)).getBytes(StandardCharsets.UTF_8);
        try {
            writer.write(file, content, false);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + TextFiles.reason(e) + "; nothing was changed", e);
        }
    }

    /** Throws unless the file is missing or holds a readable collection, which may then be replaced. */
    public static void checkReplaceable(Path file) throws StoreException {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder: choose a file name");
        }
        if (!Files.exists(file)) {
            return;
        }
        try {
            parse(TextFiles.read(file, MAX_BYTES, "collection file"));
        } catch (FormatProblem | StoreException e) {
            throw new StoreException("will not overwrite " + file + ", which cannot be read as a collection ("
                    + e.getMessage() + "); it was left as it was. Save to another file, or fix or move that one first");
        }
    }

    private static Collection parse(String text) {
        JsonElement root = JsonDocuments.parse(text);
        if (!root.isJsonObject()) {
            throw new FormatProblem("the file holds JSON but not an object: this is not a Wscope collection file");
        }
        return CollectionJson.read(Migrations.upgrade(root.getAsJsonObject()));
    }
}
