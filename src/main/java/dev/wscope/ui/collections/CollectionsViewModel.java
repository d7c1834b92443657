package dev.wscope.ui.collections;

import dev.wscope.collections.CollectionService;
import dev.wscope.collections.CollectionsListener;
import dev.wscope.collections.FoundRequest;
import dev.wscope.collections.LoadedCollection;
import dev.wscope.collections.SaveTarget;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.RequestDraft;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.TreePath;
import dev.wscope.store.CollectionStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The collections tree's view of {@link CollectionService}: what it reports, as read-only properties, and its
 * commands. The rules (edit transactions, undo, the problem line) are the service's. FX thread only: the
 * service's outcomes land through the UI executor.
 */
public final class CollectionsViewModel {
    private final CollectionService service;
    private final ReadOnlyObjectWrapper<List<LoadedCollection>> collections = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");

    public CollectionsViewModel(CollectionStore store, Executor background, Executor ui) {
        this.service = new CollectionService(store, background, ui, new Reports());
    }

    /** The service's reports, into the properties (a class of its own, so the view cannot call them). */
    private final class Reports implements CollectionsListener {
        @Override
        public void collectionsRead(List<LoadedCollection> loaded, String problems) {
            collections.set(loaded);
            problem.set(problems);
        }

        @Override
        public void undoLabelChanged(String label) {
            undoLabel.set(label);
        }

        @Override
        public void noticed(String text) {
            notice.set(text);
        }
    }

    /** Reads every collection again. */
    public CompletableFuture<Void> reload() {
        return service.reload();
    }

    /** See {@link CollectionService#save}. */
    public CompletableFuture<SavedRequest> save(RequestDraft draft, SaveTarget target) {
        return service.save(draft, target);
    }

    public CompletableFuture<Boolean> rename(LoadedCollection in, TreePath path, String name) {
        return service.rename(in, path, name);
    }

    public CompletableFuture<Boolean> duplicate(LoadedCollection in, TreePath path) {
        return service.duplicate(in, path);
    }

    public CompletableFuture<Boolean> delete(LoadedCollection in, TreePath path) {
        return service.delete(in, path);
    }

    public CompletableFuture<Boolean> newFolder(LoadedCollection in, TreePath parent, String name) {
        return service.newFolder(in, parent, name);
    }

    public CompletableFuture<Boolean> newRequest(LoadedCollection in, TreePath parent, SavedRequest request) {
        return service.newRequest(in, parent, request);
    }

    public CompletableFuture<Boolean> change(LoadedCollection in, String label, UnaryOperator<Collection> change) {
        return service.change(in, label, change);
    }

    public CompletableFuture<Boolean> move(LoadedCollection from, TreePath path, LoadedCollection to, TreePath parent,
                                           int index) {
        return service.move(from, path, to, parent, index);
    }

    public CompletableFuture<Boolean> newCollection(String name) {
        return service.newCollection(name);
    }

    public CompletableFuture<Boolean> deleteCollection(LoadedCollection loaded) {
        return service.deleteCollection(loaded);
    }

    public CompletableFuture<Boolean> open(Path file) {
        return service.open(file);
    }

    public CompletableFuture<Boolean> saveAs(LoadedCollection loaded, Path file) {
        return service.saveAs(loaded, file);
    }

    public CompletableFuture<Path> exportAsyncApi(LoadedCollection loaded, Path file) {
        return service.exportAsyncApi(loaded, file);
    }

    public CompletableFuture<Path> exportDocs(LoadedCollection loaded, Path file) {
        return service.exportDocs(loaded, file);
    }

    public CompletableFuture<Boolean> importAsyncApi(Path document) {
        return service.importAsyncApi(document);
    }

    public CompletableFuture<Boolean> undo() {
        return service.undo();
    }

    /** The saved request with that id as the tree has it now. */
    public Optional<FoundRequest> find(String requestId) {
        return service.find(requestId);
    }

    public ReadOnlyObjectProperty<List<LoadedCollection>> collectionsProperty() {
        return collections.getReadOnlyProperty();
    }

    /** What could not be read or saved, empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last export wrote, for the line under the tree. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** What Undo would take back, empty when there is nothing. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }
}
