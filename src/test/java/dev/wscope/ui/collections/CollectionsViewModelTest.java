package dev.wscope.ui.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.collections.LoadedCollection;
import dev.wscope.collections.SaveTarget;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.RequestDraft;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.SpecFields;
import dev.wscope.core.collection.TreePath;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.store.CollectionFiles;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collections' changes, on real files in a temporary data folder (executors run inline). */
class CollectionsViewModelTest {
    @TempDir
    Path home;
    private CollectionsViewModel model;
    private Path apiFile;

    @BeforeEach
    void twoCollections() throws Exception {
        Files.createDirectories(home.resolve("collections"));
        apiFile = home.resolve("collections/api.json");
        SavedRequest feed = SavedRequest.of("Feed", "ws://h/feed").withMessages(List.of(
                SavedMessage.of("Hello", MessageFormat.TEXT, "hello"), SavedMessage.of("Bye", MessageFormat.TEXT, "bye")));
        CollectionFiles.write(apiFile, new Collection("api", "API", SpecFields.empty(),
                List.of(new Folder("Streams", List.of(feed)), SavedRequest.of("Chat", "ws://h/chat")), List.of()));
        CollectionFiles.write(home.resolve("collections/other.json"), Collection.named("Other"));
        model = open();
    }

    private CollectionsViewModel open() {
        CollectionsViewModel opened = new CollectionsViewModel(new CollectionStore(new DataFolder(home)), Runnable::run,
                Runnable::run);
        opened.reload().join();
        return opened;
    }

    private LoadedCollection named(String name) {
        return model.collectionsProperty().get().stream().filter(c -> c.collection().name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static RequestDraft draft(String id, String url, String body) {
        return new RequestDraft(id, "127.0.0.1/x", url, List.of(), List.of(), List.of(), List.of(), ConnectOptions.defaults(),
                SpecFields.empty(), SavedMessage.of("", MessageFormat.TEXT, body), null, List.of());
    }

    @Test
    void aNewRequest_isSavedIntoTheChosenFolder_andSavingAgainReplacesIt() {
        SaveTarget streams = new SaveTarget(named("API"), TreePath.of(0));
        SavedRequest saved = model.save(draft(null, "ws://h/new", "first"), streams).join();

        Folder folder = (Folder) named("API").collection().items().get(0);
        assertEquals(List.of("Feed", "127.0.0.1/x"), folder.items().stream().map(i -> i.name()).toList());
        model.save(draft(saved.id(), "ws://h/changed", "first"), null).join();
        SavedRequest again = (SavedRequest) ((Folder) named("API").collection().items().get(0)).items().get(1);
        assertEquals("ws://h/changed", again.url());
        assertEquals(1, again.messages().size(), "the same message is not saved twice");
    }

    @Test
    void savingARequestRenamedInTheTree_keepsTheNewName() {
        String chatId = ((SavedRequest) named("API").collection().items().get(1)).id();
        model.rename(named("API"), TreePath.of(1), "Chat room").join();

        model.save(draft(chatId, "ws://h/chat2", ""), null).join();

        SavedRequest chat = (SavedRequest) named("API").collection().items().get(1);
        assertEquals("Chat room", chat.name());
        assertEquals("ws://h/chat2", chat.url());
    }

    @Test
    void deleteThenUndo_givesTheFileItsContentBack() throws Exception {
        String before = Files.readString(apiFile);
        model.delete(named("API"), TreePath.of(0)).join();
        assertEquals(List.of("Chat"), named("API").collection().items().stream().map(i -> i.name()).toList());
        assertEquals("Delete 'Streams'", model.undoLabelProperty().get());

        model.undo().join();

        assertEquals(before, Files.readString(apiFile));
        assertEquals("", model.undoLabelProperty().get());
    }

    @Test
    void reorderingMessages_andMovingARequestToAnotherCollection_areUndoneStepByStep() throws Exception {
        String apiBefore = Files.readString(apiFile);
        model.move(named("API"), TreePath.of(0, 0).message(1), named("API"), TreePath.of(0, 0), 0).join();
        SavedRequest feed = (SavedRequest) ((Folder) named("API").collection().items().get(0)).items().get(0);
        assertEquals(List.of("Bye", "Hello"), feed.messages().stream().map(SavedMessage::name).toList());

        model.move(named("API"), TreePath.of(1), named("Other"), TreePath.root(), 0).join();
        assertEquals(1, named("API").collection().items().size());
        assertEquals("Chat", named("Other").collection().items().get(0).name());

        model.undo().join();
        assertEquals(2, named("API").collection().items().size(), "the move is taken back in both files");
        assertTrue(named("Other").collection().items().isEmpty());
        model.undo().join();
        assertEquals(apiBefore, Files.readString(apiFile));
    }

    @Test
    void aChangeToAFileChangedOnDisk_isRefused_andChangesNothing() throws Exception {
        LoadedCollection shown = named("API");
        Collection elsewhere = CollectionFiles.read(apiFile);
        CollectionFiles.write(apiFile, elsewhere.withItems(List.of(SavedRequest.of("Edited in git", "ws://h/g"))));
        String onDisk = Files.readString(apiFile);

        assertThrows(CompletionException.class, () -> model.rename(shown, TreePath.of(0), "Renamed").join());

        assertEquals(onDisk, Files.readString(apiFile));
        assertTrue(model.problemProperty().get().contains("changed since it was shown"), model.problemProperty().get());
        assertEquals("Edited in git", named("API").collection().items().get(0).name(), "the tree was read again");
    }

    @Test
    void aMessageDroppedOnAFolder_isRefusedWithWords() {
        assertThrows(CompletionException.class, () -> model.move(named("API"), TreePath.of(0, 0).message(0), named("API"),
                TreePath.of(0), 0).join());
        assertTrue(model.problemProperty().get().contains("belongs to a request"), model.problemProperty().get());
    }

    @Test
    void deleteACollection_keepsItsFileAsBak_andUndoBringsItBack() throws Exception {
        String before = Files.readString(apiFile);
        model.deleteCollection(named("API")).join();
        assertFalse(Files.exists(apiFile));
        assertEquals(before, Files.readString(home.resolve("collections/api.json.bak")));
        assertEquals(List.of("Other"), model.collectionsProperty().get().stream().map(c -> c.collection().name()).toList());

        model.undo().join();

        assertEquals(before, Files.readString(apiFile));
    }

    @Test
    void saveAs_movesTheCollectionToTheChosenFile_whereItIsFoundAfterARestart(@TempDir Path repository) throws Exception {
        Path inGit = repository.resolve("api.json");
        model.saveAs(named("API"), inGit).join();

        assertTrue(Files.exists(inGit));
        assertFalse(Files.exists(apiFile), "never in the tree twice");
        assertTrue(Files.exists(home.resolve("collections/api.json.bak")));
        CollectionsViewModel restarted = open();
        LoadedCollection found = restarted.collectionsProperty().get().stream()
                .filter(c -> c.collection().name().equals("API")).findFirst().orElseThrow();
        assertEquals(inGit.toAbsolutePath(), found.file().toAbsolutePath());
        assertTrue(found.external());
    }

    @Test
    void openAFileFromAnywhere_thenItIsGone_isSaidOnceAndDropped(@TempDir Path repository) throws Exception {
        Path shared = repository.resolve("shared.json");
        CollectionFiles.write(shared, Collection.named("Shared"));
        model.open(shared).join();
        assertTrue(model.collectionsProperty().get().stream().anyMatch(c -> c.collection().name().equals("Shared")));

        Files.delete(shared);
        CollectionsViewModel restarted = open();

        assertTrue(restarted.problemProperty().get().contains("no longer there"), restarted.problemProperty().get());
        assertEquals("", open().problemProperty().get(), "said once, then dropped from the list");
    }

    @Test
    void openingAFileThatIsNotACollection_isRefused_andTheFileIsLeft(@TempDir Path repository) throws Exception {
        Path notes = repository.resolve("notes.json");
        Files.writeString(notes, "{\"not\": ");

        assertThrows(CompletionException.class, () -> model.open(notes).join());

        assertEquals("{\"not\": ", Files.readString(notes));
        assertTrue(model.problemProperty().get().startsWith("Not opened"), model.problemProperty().get());
    }

    @Test
    void exportAsAsyncApiAndHtml_fromTheWindow_writesFilesThatStandAlone(@TempDir Path out) throws Exception {
        Path yaml = out.resolve("api.asyncapi.yaml");
        Path html = out.resolve("api.html");

        model.exportAsyncApi(named("API"), yaml).join();
        model.exportDocs(named("API"), html).join();

        var document = dev.wscope.share.asyncapi.AsyncApiText.parse(Files.readString(yaml));
        assertEquals("3.0.0", document.get("asyncapi").getAsString());
        assertEquals(List.of(), dev.wscope.share.asyncapi.AsyncApiSchema.problems(document));
        assertTrue(Files.readString(html).contains("Feed"));
        assertEquals("Wrote " + html.toAbsolutePath(), model.noticeProperty().get());
    }

    @Test
    void importingAPublicAsyncApiDocument_makesANewCollectionOfReadyRequests_andUndoTakesItAway() throws Exception {
        Path gemini = Path.of("../shared/fixtures/asyncapi/gemini-3.0.yml");

        model.importAsyncApi(gemini).join();

        LoadedCollection imported = model.collectionsProperty().get().stream()
                .filter(c -> c.collection().name().startsWith("Gemini")).findFirst().orElseThrow();
        var resolver = dev.wscope.core.variables.VariableResolver.of(imported.collection().environments().get(0));
        assertTrue(imported.collection().requests().stream().allMatch(r -> resolver.resolve(r.url()).startsWith("wss://")),
                "ready to connect with the collection's first environment: " + imported.collection().requests().get(0).url());
        model.undo().join();
        assertFalse(Files.exists(imported.file()));
    }
}
