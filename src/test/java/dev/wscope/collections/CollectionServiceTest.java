package dev.wscope.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.CollectionItem;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.SpecFields;
import dev.wscope.core.collection.TreePath;
import dev.wscope.store.CollectionFiles;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.DataFolder;
import dev.wscope.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit transactions, undo and reading, on real files in a temporary data folder, with no toolkit. */
class CollectionServiceTest {
    @TempDir
    Path home;
    private Path apiFile;
    private final Heard heard = new Heard();
    /** Runs each task at once, saying meanwhile that the owner's thread is busy with it. */
    private final Executor owner = task -> {
        heard.onOwner = true;
        try {
            task.run();
        } finally {
            heard.onOwner = false;
        }
    };

    /** What the service told, and whether each report came through the owner executor. */
    private static final class Heard implements CollectionsListener {
        boolean onOwner;
        boolean allOnOwner = true;
        List<LoadedCollection> collections = List.of();
        String problems = "";
        String undoLabel = "";
        final List<String> notices = new ArrayList<>();

        @Override
        public void collectionsRead(List<LoadedCollection> read, String problemLine) {
            allOnOwner &= onOwner;
            collections = read;
            problems = problemLine;
        }

        @Override
        public void undoLabelChanged(String label) {
            allOnOwner &= onOwner;
            undoLabel = label;
        }

        @Override
        public void noticed(String notice) {
            allOnOwner &= onOwner;
            notices.add(notice);
        }

        LoadedCollection named(String name) {
            return collections.stream().filter(c -> c.collection().name().equals(name)).findFirst().orElseThrow();
        }
    }

    @BeforeEach
    void oneCollection() throws Exception {
        Files.createDirectories(home.resolve("collections"));
        apiFile = home.resolve("collections/api.json");
        CollectionFiles.write(apiFile, new Collection("api", "API", SpecFields.empty(),
                List.of(new Folder("Streams", List.of()), SavedRequest.of("Chat", "ws://h/chat")), List.of()));
    }

    /** A service that has begun reading the collections (and finished, on a direct background executor). */
    private CollectionService service(Executor background) {
        CollectionService service = new CollectionService(new CollectionStore(new DataFolder(home)), background, owner, heard);
        service.reload();
        return service;
    }

    private List<String> namesOnDisk() throws Exception {
        return CollectionFiles.read(apiFile).items().stream().map(CollectionItem::name).toList();
    }

    @Test
    void anEdit_savesTheFile_andReportsOnTheOwnerExecutor() throws Exception {
        CollectionService service = service(Runnable::run);

        assertTrue(service.rename(heard.named("API"), TreePath.of(1), "Chat room").join());

        assertEquals(List.of("Streams", "Chat room"), namesOnDisk());
        assertEquals("Chat room", heard.named("API").collection().items().get(1).name(), "read again after the change");
        assertEquals("Rename 'Chat'", heard.undoLabel);
        assertEquals("", heard.problems);
        assertTrue(heard.allOnOwner, "every report lands on the owner executor");
    }

    @Test
    void aFailingEdit_leavesTheFileAsItWas_andSaysWhyInTheProblemLine_untilAChangeSucceeds() throws Exception {
        CollectionService service = service(Runnable::run);
        LoadedCollection shown = heard.named("API");
        CollectionFiles.write(apiFile, shown.collection().withItems(List.of(SavedRequest.of("Edited in git", "ws://h/g"))));
        String onDisk = Files.readString(apiFile);

        CompletionException refused = assertThrows(CompletionException.class,
                () -> service.rename(shown, TreePath.of(0), "Renamed").join());

        assertEquals(onDisk, Files.readString(apiFile));
        assertTrue(heard.problems.startsWith("Rename 'Streams' failed: api.json changed since it was shown"), heard.problems);
        assertTrue(refused.getCause() instanceof StoreException, String.valueOf(refused.getCause()));
        assertEquals("", heard.undoLabel, "nothing to take back");
        service.newFolder(heard.named("API"), TreePath.root(), "Later").join();
        assertEquals("", heard.problems, "a change that succeeds clears the line");
    }

    @Test
    void undo_restoresTheFile_andTellsTheNextUndoLabel() throws Exception {
        CollectionService service = service(Runnable::run);
        String original = Files.readString(apiFile);
        service.rename(heard.named("API"), TreePath.of(1), "Chat room").join();
        String renamed = Files.readString(apiFile);
        service.delete(heard.named("API"), TreePath.of(0)).join();
        assertEquals("Delete 'Streams'", heard.undoLabel);

        assertTrue(service.undo().join());
        assertEquals(renamed, Files.readString(apiFile));
        assertEquals("Rename 'Chat'", heard.undoLabel);

        assertTrue(service.undo().join());
        assertEquals(original, Files.readString(apiFile));
        assertEquals("", heard.undoLabel);
        assertFalse(service.undo().join(), "nothing left to take back");
    }

    @Test
    void editsRunInOrder_eachOnTheFileAsThePreviousLeftIt() throws Exception {
        Deque<Runnable> queued = new ArrayDeque<>();
        CollectionService service = service(queued::push);
        drainNewestFirst(queued);
        LoadedCollection shown = heard.named("API");

        var first = service.newFolder(shown, TreePath.root(), "A");
        var second = service.newFolder(shown, TreePath.root(), "B");
        assertFalse(first.isDone(), "the change waits for the background executor");
        drainNewestFirst(queued);

        assertTrue(first.join() && second.join());
        assertEquals(List.of("Streams", "Chat", "A", "B"), namesOnDisk());
        assertEquals("New folder 'B'", heard.undoLabel);
    }

    /** Runs the newest task first, as a busy pool may: only the order the service imposes keeps A before B. */
    private static void drainNewestFirst(Deque<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.pop().run();
        }
    }

    @Test
    void reading_namesAnUnreadableFile_andLeavesItAsItIs() throws Exception {
        Path broken = home.resolve("collections/broken.json");
        Files.writeString(broken, "{\"name\": ");

        CollectionService service = service(Runnable::run);

        assertTrue(heard.problems.contains("broken.json cannot be read and is left as it is"), heard.problems);
        assertEquals("{\"name\": ", Files.readString(broken));
        assertEquals(List.of("API"), service.collections().stream().map(c -> c.collection().name()).toList(),
                "the readable ones are shown");
    }

    @Test
    void aFirstRun_findsTheSampleCollection() throws Exception {
        Files.delete(apiFile);
        Files.delete(home.resolve("collections"));

        service(Runnable::run);

        assertEquals(1, heard.collections.size());
        assertEquals("", heard.problems);
        assertTrue(Files.exists(home.resolve("collections/echo-and-mirror.json")));
    }
}
