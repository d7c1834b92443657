package dev.wscope.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.Collection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This machine's secret values, in one file readable by its owner alone (600 where the file system has
 * POSIX permissions): environment secrets and the proxy and client-certificate passwords of requests,
 * filed under the collection's id so a collection file can move anywhere and keep them. The file is
 * never replaced while it cannot be read.
 */
public final class SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(SecretStore.class);
    private final Path file;
    private final AtomicFile writer;

    public SecretStore(Path file) {
        this(file, AtomicFile.standard());
    }

    SecretStore(Path file, AtomicFile writer) {
        this.file = file;
        this.writer = writer;
    }

    /** The collection with this machine's secret values put back in. */
    public Collection fill(Collection collection) throws StoreException {
        JsonObject collections = collections();
        try {
            JsonObject entry = new JsonFields(collections, "$.collections").object(collection.id())
                    .map(JsonFields::object).orElse(null);
            return SecretEntries.fill(collection, entry);
        } catch (FormatProblem e) {
            throw unreadable(e);
        }
    }

    /** Records the collection's secret values (and forgets ones it no longer has); writes only on a change. */
    public void keep(Collection collection) throws StoreException {
        JsonObject collections = collections();
        JsonObject entry = SecretEntries.of(collection);
        JsonElement before = collections.get(collection.id());
        boolean unchanged = entry.size() == 0 ? before == null : entry.equals(before);
        if (unchanged) {
            return;
        }
        if (entry.size() == 0) {
            collections.remove(collection.id());
        } else {
            collections.add(collection.id(), entry);
        }
        JsonObject root = new JsonObject();
        root.addProperty("schemaVersion", 1);
        root.add("collections", collections);
        try {
            writer.write(file, JsonDocuments.pretty(root).getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new StoreException("cannot write the secrets file " + file + ": " + TextFiles.reason(e), e);
        }
    }

    private JsonObject collections() throws StoreException {
        if (!Files.exists(file)) {
            return new JsonObject();
        }
        tightenPermissions();
        try {
            JsonElement root = JsonDocuments.parse(TextFiles.read(file));
            if (!root.isJsonObject()) {
                throw new FormatProblem("not a JSON object");
            }
            return JsonFields.root(root.getAsJsonObject()).object("collections").map(JsonFields::object)
                    .orElseGet(JsonObject::new);
        } catch (FormatProblem e) {
            throw unreadable(e);
        }
    }

    private StoreException unreadable(FormatProblem problem) {
        return new StoreException("the secrets file " + file + " cannot be read (" + problem.getMessage()
                + "); it was left as it was. Fix or move it, and Wscope starts a new one");
    }

    /** A secrets file someone loosened (a copy, an unpack) is made owner-only again before it is read. */
    private void tightenPermissions() {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not our file to change (another owner): reading it is still allowed to fail on its own terms
            LOG.info("the secrets file's permissions were left as they are", e);
        }
    }
}
