package dev.wscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.VariableResolver;
import dev.wscope.testing.Collections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionStoreTest {
    @TempDir
    Path home;

    private DataFolder data() {
        return new DataFolder(home);
    }

    @Test
    void secretValuesGoToTheOwnerOnlySecretsFile_andComeBackOnLoad() throws IOException {
        CollectionStore store = new CollectionStore(data());
        Collection original = Collections.everyFieldSet();
        Path file = home.resolve("project/api.json");

        store.save(file, original);
        Collection loaded = new CollectionStore(data()).load(file);

        String collectionText = Files.readString(file);
        String secretsText = Files.readString(data().secrets());
        for (String secret : List.of(Collections.SECRET_TOKEN, Collections.PROXY_PASSWORD, Collections.CLIENT_PASSWORD,
                Collections.STOMP_PASSCODE)) {
            assertFalse(collectionText.contains(secret));
            assertTrue(secretsText.contains(secret));
        }
        assertEquals(original.environments(), loaded.environments());
        assertEquals(original.requests().get(1).options(), loaded.requests().get(1).options());
        assertEquals(broker(original), broker(loaded), "the STOMP request's protocol, passcode and verbs");
    }

    private static SavedRequest broker(Collection collection) {
        return collection.requests().stream().filter(r -> r.id().equals("req-stomp")).findFirst().orElseThrow();
    }

    @Test
    void theSecretsFileIsReadableByItsOwnerAlone() throws IOException {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"));
        new CollectionStore(data()).save(home.resolve("c.json"), Collections.everyFieldSet());

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data().secrets())));
    }

    @Test
    void aPastedSecretIsSavedAsItsPlaceholder_whichResolvesBackToIt() throws IOException {
        CollectionStore store = new CollectionStore(data());
        Path file = home.resolve("c.json");
        store.save(file, Collections.everyFieldSet());

        Collection loaded = store.load(file);

        KeyValue pasted = loaded.requests().get(1).headers().get(2);
        assertEquals("Bearer {{token}}", pasted.value());
        Environment staging = loaded.environment("staging").orElseThrow();
        assertEquals("Bearer " + Collections.SECRET_TOKEN, VariableResolver.of(staging).resolve(pasted.value()));
    }

    @Test
    void aSecretThisMachineHasNoValueFor_staysWithoutOne() throws IOException {
        CollectionStore store = new CollectionStore(data());
        Path file = home.resolve("c.json");
        store.save(file, Collections.everyFieldSet());

        Environment production = store.load(file).environment("production").orElseThrow();

        assertNull(production.variable("token").orElseThrow().value());
    }

    @Test
    void aRemovedSecretIsForgotten() throws IOException {
        CollectionStore store = new CollectionStore(data());
        Path file = home.resolve("c.json");
        Collection collection = Collections.everyFieldSet();
        store.save(file, collection);

        store.save(file, collection.withEnvironments(List.of())
                .mapRequests(r -> r.withOptions(dev.wscope.core.request.ConnectOptions.defaults())));

        assertFalse(Files.readString(data().secrets()).contains(Collections.SECRET_TOKEN));
        assertFalse(Files.readString(data().secrets()).contains(Collections.PROXY_PASSWORD));
    }

    @Test
    void aCollectionWithoutSecrets_createsNoSecretsFile() throws IOException {
        new CollectionStore(data()).save(home.resolve("c.json"), Collection.named("plain")
                .withItems(List.of(SavedRequest.of("echo", "ws://127.0.0.1:8765/echo"))));

        assertFalse(Files.exists(data().secrets()));
    }

    @Test
    void anUnreadableSecretsFile_stopsTheSave_andIsLeftAsItWas() throws IOException {
        Files.createDirectories(home);
        Files.writeString(data().secrets(), "{ not json");
        Path file = home.resolve("c.json");

        StoreException e = assertThrows(StoreException.class,
                () -> new CollectionStore(data()).save(file, Collections.everyFieldSet()));

        assertTrue(e.getMessage().startsWith("the secrets file " + data().secrets() + " cannot be read (line 1, column"),
                e.getMessage());
        assertFalse(Files.exists(file));
        assertArrayEquals("{ not json".getBytes(), Files.readAllBytes(data().secrets()));
    }

    @Test
    void newCollectionsGetAFileNamedAfterThem_inTheDataFolder() throws IOException {
        CollectionStore store = new CollectionStore(data());
        Collection first = Collection.named("Market Data API!");
        store.save(store.newFileFor(first), first);
        Collection second = Collection.named("Market data API");

        assertEquals(data().collections().resolve("market-data-api-2.json"), store.newFileFor(second));
        assertEquals(List.of(data().collections().resolve("market-data-api.json")), store.list());
    }
}
