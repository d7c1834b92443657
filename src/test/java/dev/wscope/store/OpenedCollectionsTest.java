package dev.wscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenedCollectionsTest {
    @TempDir
    Path home;

    private Path listFile() {
        return home.resolve("opened-collections.json");
    }

    private OpenedCollections opened() {
        return new OpenedCollections(listFile(), AtomicFile.standard());
    }

    @Test
    void theFilesWritten_areReadBackInOrder_andNoneBeforeTheFirstWrite() throws Exception {
        assertEquals(List.of(), opened().read());
        List<Path> files = List.of(home.resolve("b/shop.json"), home.resolve("a/chat.json"));

        opened().write(files);

        assertEquals(files, opened().read());
    }

    @Test
    void aListWrittenByANewerWscope_isNotRead_andLeftAsItWas() throws Exception {
        String newer = "{\"schemaVersion\": 2, \"entries\": [{\"path\": \"/x/shop.json\", \"pinned\": true}]}";
        Files.writeString(listFile(), newer);

        StoreException e = assertThrows(StoreException.class, () -> opened().read());

        assertTrue(e.getMessage().contains("newer Wscope (schemaVersion 2)") && e.getMessage().contains("left as it was"),
                e.getMessage());
        assertEquals(newer, Files.readString(listFile()));
    }

    @Test
    void aDamagedList_isNotRead_andLeftAsItWas() throws Exception {
        String damaged = "{\"schemaVersion\": \"one\", \"files\": [";
        Files.writeString(listFile(), damaged);

        assertThrows(StoreException.class, () -> opened().read());
        Files.writeString(listFile(), "{\"schemaVersion\": \"one\", \"files\": []}");
        assertThrows(StoreException.class, () -> opened().read(), "a version that is not a number");
        assertEquals("{\"schemaVersion\": \"one\", \"files\": []}", Files.readString(listFile()));
    }
}
