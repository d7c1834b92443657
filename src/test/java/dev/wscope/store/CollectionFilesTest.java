package dev.wscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.request.KeyValue;
import dev.wscope.testing.Collections;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionFilesTest {
    @TempDir
    Path folder;

    private Path saved(Collection collection) throws IOException {
        Path file = folder.resolve("c.json");
        CollectionFiles.write(file, collection);
        return file;
    }

    @Test
    void saveThenLoad_keepsEveryFieldButSecretValues() throws IOException {
        Collection original = Collections.everyFieldSet();

        Collection loaded = CollectionFiles.read(saved(original));

        assertEquals(SharedCopy.of(original), loaded);
        SavedRequest stream = loaded.requests().get(1);
        assertEquals(original.requests().get(1).options().tls().clientCertificate(), stream.options().tls().clientCertificate());
        assertNull(stream.options().proxy().password());
        assertNull(loaded.environment("staging").orElseThrow().value("token").orElse(null));
    }

    @Test
    void theFileHoldsNoSecretValue_aPastedOneIsWrittenAsItsPlaceholder() throws IOException {
        String text = Files.readString(saved(Collections.everyFieldSet()));

        assertFalse(text.contains(Collections.SECRET_TOKEN));
        assertFalse(text.contains(Collections.PROXY_PASSWORD));
        assertFalse(text.contains(Collections.CLIENT_PASSWORD));
        assertFalse(text.contains(Collections.STOMP_PASSCODE));
        assertTrue(text.contains("\"value\": \"Bearer {{token}}\""), "the pasted token becomes {{token}}");
    }

    @Test
    void theFileIsPrettyStableAndNamesKindsWithoutJavaClassNames() throws IOException {
        Path file = saved(Collections.everyFieldSet());
        byte[] first = Files.readAllBytes(file);
        CollectionFiles.write(file, CollectionFiles.read(file));
        String text = Files.readString(file);

        assertArrayEquals(first, Files.readAllBytes(file), "saving what was loaded writes the same bytes");
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 1,\n  \"kind\": \"collection\",\n"));
        assertTrue(text.contains("\"kind\": \"folder\"") && text.contains("\"kind\": \"request\""));
        assertFalse(text.contains("dev.wscope") || text.contains("java."));
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        Path file = saved(Collections.everyFieldSet());
        JsonObject tree = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        tree.addProperty("addedLater", "x");
        tree.getAsJsonArray("items").get(0).getAsJsonObject().add("futureField", new JsonObject());
        Files.writeString(file, tree.toString());

        assertEquals(SharedCopy.of(Collections.everyFieldSet()), CollectionFiles.read(file));
    }

    @Test
    void aCorruptFileIsReportedWithLineAndColumn_leftByteForByte_andNotOverwritten() throws IOException {
        Path file = saved(Collections.everyFieldSet());
        String text = Files.readString(file);
        byte[] corrupt = (text.substring(0, text.length() / 2) + "\n  \"broken\" ]").getBytes(StandardCharsets.UTF_8);
        Files.write(file, corrupt);

        StoreException read = assertThrows(StoreException.class, () -> CollectionFiles.read(file));
        StoreException save = assertThrows(StoreException.class,
                () -> CollectionFiles.write(file, Collection.named("replacement")));

        assertTrue(read.getMessage().startsWith(file + ": line "), read.getMessage());
        assertTrue(read.getMessage().contains(", column "), read.getMessage());
        assertTrue(save.getMessage().startsWith("will not overwrite " + file), save.getMessage());
        assertArrayEquals(corrupt, Files.readAllBytes(file));
        assertFalse(Files.exists(AtomicFile.backupOf(file)), "no backup either: nothing was written");
    }

    @Test
    void aFileThatIsNotACollectionIsNeitherReadNorOverwritten() throws IOException {
        Path notes = folder.resolve("notes.json");
        Files.writeString(notes, "{\"todo\": [\"milk\"]}");
        Path binary = folder.resolve("image.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xd8, 0, 1});

        assertEquals(notes + ": no \"schemaVersion\": this is not a Wscope collection file",
                assertThrows(StoreException.class, () -> CollectionFiles.read(notes)).getMessage());
        assertTrue(assertThrows(StoreException.class, () -> CollectionFiles.read(binary)).getMessage()
                .endsWith("is not UTF-8 text"));
        assertThrows(StoreException.class, () -> CollectionFiles.write(notes, Collection.named("x")));
        assertEquals("{\"todo\": [\"milk\"]}", Files.readString(notes));
    }

    @Test
    void aFileFromANewerWscopeIsRefused_withWordsToUpdate() throws IOException {
        Path file = folder.resolve("new.json");
        Files.writeString(file, "{\"schemaVersion\": 9, \"kind\": \"collection\"}");

        String message = assertThrows(StoreException.class, () -> CollectionFiles.read(file)).getMessage();

        assertTrue(message.contains("schemaVersion 9 was written by a newer Wscope"), message);
        assertThrows(StoreException.class, () -> CollectionFiles.write(file, Collection.named("x")));
    }

    @Test
    void aWrongValueIsReportedWithItsPath() throws IOException {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"items\": [{\"kind\": \"request\", \"messages\": "
                + "[{\"format\": \"jsno\"}]}, {\"kind\": \"gadget\"}]}");

        String message = assertThrows(StoreException.class, () -> CollectionFiles.read(file)).getMessage();

        assertEquals(file + ": $.items[0].messages[0].format is \"jsno\": expected text, json, xml, html, base64 or hex",
                message);
    }

    @Test
    void aCrashInTheMiddleOfASave_losesNothing() throws IOException {
        Path file = saved(Collections.everyFieldSet());
        byte[] before = Files.readAllBytes(file);
        AtomicFile crashing = new AtomicFile(step -> {
            if (step == AtomicFile.Step.TEMP_WRITTEN) {
                throw new IOException("power cut");
            }
        });

        assertThrows(StoreException.class, () -> CollectionFiles.write(file, Collection.named("new"), crashing));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(SharedCopy.of(Collections.everyFieldSet()), CollectionFiles.read(file));
    }

    @Test
    void aVersion0FileIsMigratedOnLoad() throws IOException, URISyntaxException {
        Path legacy = Path.of(getClass().getResource("/collections/legacy-v0.json").toURI());

        Collection collection = CollectionFiles.read(legacy);

        assertEquals("Legacy trading API", collection.name());
        assertEquals("Written by an early build: flat requests with folder paths.", collection.spec().description());
        Folder market = (Folder) collection.items().get(0);
        Folder open = (Folder) market.items().get(0);
        assertEquals(List.of("Market data", "Public"), List.of(market.name(), open.name()));
        assertEquals(List.of("Ticker", "Trades"), open.items().stream().map(i -> i.name()).toList());
        assertEquals("Echo", collection.items().get(1).name());
        SavedRequest ticker = (SavedRequest) open.items().get(0);
        assertEquals(List.of(KeyValue.of("X-Client", "legacy"), KeyValue.of("Accept-Language", "en")), ticker.headers());
        assertEquals(List.of("v2.ticker", "v1.ticker"), ticker.subprotocols());
        assertEquals(5000, ticker.options().handshakeTimeoutMillis());
        assertEquals(MessageFormat.HEX, ticker.messages().get(1).format());
        assertEquals("{\"subscribe\": \"ticker\"}", ticker.messages().get(0).body());
    }

    @Test
    void aMigratedFileIsSavedInTheCurrentVersion() throws IOException, URISyntaxException {
        Path copy = folder.resolve("legacy.json");
        Files.copy(Path.of(getClass().getResource("/collections/legacy-v0.json").toURI()), copy);
        Collection migrated = CollectionFiles.read(copy);

        CollectionFiles.write(copy, migrated);

        assertTrue(Files.readString(copy).contains("\"schemaVersion\": 1"));
        assertTrue(Files.readString(AtomicFile.backupOf(copy)).contains("\"schemaVersion\": 0"));
        assertEquals(migrated, CollectionFiles.read(copy));
    }

    @Test
    void aFolderIsNotAFileName() {
        assertThrows(StoreException.class, () -> CollectionFiles.write(folder, Collection.named("x")));
    }
}
