package dev.wscope.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of collection files the user opened from outside the data folder, so they are in the tree
 * again after a restart: {"schemaVersion": 1, "files": ["/abs/path.json", ...]}. Blocking I/O.
 */
public final class OpenedCollections {
    static final int SCHEMA_VERSION = 1;

    private final Path file;
    private final AtomicFile writer;

    OpenedCollections(Path file, AtomicFile writer) {
        this.file = file;
        this.writer = writer;
    }

    /** The remembered files, oldest first; none when the list was never written. */
    public List<Path> read() throws StoreException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            JsonObject root = JsonDocuments.parse(TextFiles.read(file)).getAsJsonObject();
            JsonFields.root(root).schemaVersionUpTo(SCHEMA_VERSION);
            List<Path> files = new ArrayList<>();
            for (JsonElement entry : root.getAsJsonArray("files")) {
                files.add(Path.of(entry.getAsString()));
            }
            return List.copyOf(files);
        } catch (FormatProblem | IllegalStateException | NullPointerException | UnsupportedOperationException
                 | IllegalArgumentException e) {
            throw new StoreException(file + " cannot be read (" + e.getMessage() + "): collections opened from"
                    + " elsewhere are not listed; the file was left as it was");
        }
    }

    public void write(List<Path> files) throws StoreException {
        JsonObject root = new JsonObject();
        root.addProperty("schemaVersion", SCHEMA_VERSION);
        JsonArray list = new JsonArray();
        files.forEach(path -> list.add(path.toAbsolutePath().normalize().toString()));
        root.add("files", list);
        try {
            writer.write(file, JsonDocuments.pretty(root).getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + TextFiles.reason(e), e);
        }
    }
}
