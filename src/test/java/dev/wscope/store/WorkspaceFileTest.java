package dev.wscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.workspace.OpenTab;
import dev.wscope.core.workspace.Theme;
import dev.wscope.core.workspace.WindowBounds;
import dev.wscope.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFileTest {
    @TempDir
    Path home;

    private WorkspaceFile file() {
        return new WorkspaceFile(new DataFolder(home));
    }

    @Test
    void aFirstRunHasNothing() throws Exception {
        assertTrue(file().read().isEmpty());
    }

    @Test
    void everythingWrittenIsReadBack_andTheFileIsTheOwnersOnly() throws Exception {
        SavedRequest opened = SavedRequest.of("Feed", "ws://h/feed").withMessages(List.of(SavedMessage.of("Hi",
                MessageFormat.TEXT, "hi")));
        SavedRequest edited = new SavedRequest(opened.id(), "Feed", "ws://h/feed2", List.of(KeyValue.of("a", "1")),
                List.of(KeyValue.of("Authorization", "Bearer pasted-token")), List.of(), List.of("v2"), null, null, List.of());
        Workspace workspace = new Workspace(Theme.DARK, new WindowBounds(10.5, 20, 1400, 900, false), List.of(0.2, 0.45, 0.6),
                List.of("ws://h/feed", "wss://{{host}}/x"), List.of(new OpenTab(opened, edited, new SavedMessage("", MessageFormat.JSON, "{}", false, "emit"), 0,
                "staging"), new OpenTab(null, SavedRequest.of("New request", "ws://h/new"), SavedMessage.of("", MessageFormat.TEXT, ""), -1, null)), 1,
                List.of("/home/me/feeds/ticker.ndjson", "/tmp/capture.ndjson"));

        file().write(workspace);

        assertEquals(workspace, file().read().orElseThrow());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("workspace.json"))));
    }

    @Test
    void aFileOfAnEarlierVersion_withoutSavedSessions_readsAsNone() throws Exception {
        Files.writeString(home.resolve("workspace.json"), "{\"schemaVersion\": 1, \"theme\": \"dark\", \"tabs\": []}");

        Workspace read = file().read().orElseThrow();

        assertEquals(List.of(), read.savedSessions());
        assertEquals(Theme.DARK, read.theme());
    }

    @Test
    void anUnreadableFile_isSetAsideNotOverwritten_andSaidInWords() throws Exception {
        Path state = home.resolve("workspace.json");
        Files.writeString(state, "{\"schemaVersion\": 1, \"tabs\": [");

        StoreException e = assertThrows(StoreException.class, () -> file().read());

        assertTrue(e.getMessage().contains("starts fresh"), e.getMessage());
        assertFalse(Files.exists(state));
        assertEquals("{\"schemaVersion\": 1, \"tabs\": [", Files.readString(home.resolve("workspace.json.unreadable")));
        assertTrue(file().read().isEmpty());
    }
}
