package dev.wscope.ui.collections;

import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.CollectionItem;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.variables.Environment;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The collections of the data folder, for the `collections` tree: loaded and saved on the background
 * executor (files are never touched on the FX thread), the outcome landing through the UI executor. A file
 * that cannot be read is named in the problem line and left as it is. FX thread only.
 */
public final class CollectionsViewModel {
    /** Where a request is saved when no collection exists yet. */
    static final String FIRST_COLLECTION = "My requests";
    static final String SAMPLE = "/samples/echo-and-mirror.json";

    private final CollectionStore store;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<List<LoadedCollection>> collections = new SimpleObjectProperty<>(List.of());
    private final StringProperty problem = new SimpleStringProperty("");
    private CompletableFuture<Boolean> lastSave = CompletableFuture.completedFuture(true);

    public CollectionsViewModel(CollectionStore store, Executor background, Executor ui) {
        this.store = store;
        this.background = background;
        this.ui = ui;
    }

    /** Reads every collection file of the data folder again. */
    public CompletableFuture<Void> reload() {
        return CompletableFuture.supplyAsync(this::readAll, background).thenAcceptAsync(result -> {
            collections.set(result.loaded());
            problem.set(result.problem());
        }, ui);
    }

    private record ReadResult(List<LoadedCollection> loaded, String problem) {
    }

    private ReadResult readAll() {
        installSampleOnFirstRun();
        List<LoadedCollection> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            for (Path file : store.list()) {
                try {
                    loaded.add(new LoadedCollection(file, store.load(file)));
                } catch (StoreException e) {
                    problems.add(file.getFileName() + " cannot be read and is left as it is: " + e.getMessage());
                }
            }
        } catch (StoreException e) {
            problems.add(e.getMessage());
        }
        return new ReadResult(List.copyOf(loaded), String.join("\n", problems));
    }

    /** A first run finds the sample collection (requests to the built-in test server) in its tree. */
    private void installSampleOnFirstRun() {
        Path folder = store.collectionsFolder();
        if (java.nio.file.Files.exists(folder)) {
            return;
        }
        try (var sample = CollectionsViewModel.class.getResourceAsStream(SAMPLE)) {
            if (sample != null) {
                java.nio.file.Files.createDirectories(folder);
                java.nio.file.Files.copy(sample, folder.resolve("echo-and-mirror.json"));
            }
        } catch (java.io.IOException e) {
            problem(e.getMessage());
        }
    }

    private void problem(String text) {
        ui.execute(() -> problem.set("The sample collection could not be installed: " + text));
    }

    /**
     * Saves the request into the collection that holds it (same id: replaced in place), else into the first
     * collection, else into a new "My requests". Completes when the file is written and the tree reloaded.
     */
    public CompletableFuture<Boolean> save(SavedRequest request) {
        // One save after another, each from the collections as the previous one left them: two quick saves
        // of a new request then cannot both add it, nor both create "My requests".
        CompletableFuture<Boolean> saved = lastSave.thenCompose(previous -> CompletableFuture.supplyAsync(() -> {
            write(readAll().loaded(), request);
            return true;
        }, background)).handleAsync((done, failure) -> {
            if (failure != null) {
                problem.set("Not saved: " + rootMessage(failure));
                return false;
            }
            return true;
        }, ui).thenCompose(ok -> ok ? reload().thenApply(ignored -> true) : CompletableFuture.completedFuture(false));
        lastSave = saved.exceptionally(failure -> false);
        return saved;
    }

    private void write(List<LoadedCollection> current, SavedRequest request) {
        try {
            LoadedCollection holder = current.stream()
                    .filter(loaded -> loaded.collection().requests().stream().anyMatch(r -> r.id().equals(request.id())))
                    .findFirst().orElse(null);
            if (holder != null) {
                store.save(holder.file(), holder.collection().mapRequests(r -> r.id().equals(request.id()) ? request : r));
                return;
            }
            LoadedCollection target = current.isEmpty() ? null : current.get(0);
            Collection collection = target == null ? Collection.named(FIRST_COLLECTION) : target.collection();
            Path file = target == null ? store.newFileFor(collection) : target.file();
            List<CollectionItem> items = new ArrayList<>(collection.items());
            items.add(request);
            store.save(file, collection.withItems(items));
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** The environments of the collection that holds the request, in order; empty when it has none. */
    public List<Environment> environmentsOf(SavedRequest request) {
        return collections.get().stream().map(LoadedCollection::collection)
                .filter(collection -> collection.requests().stream().anyMatch(r -> r.id().equals(request.id())))
                .findFirst().map(Collection::environments).orElse(List.of());
    }

    public ObjectProperty<List<LoadedCollection>> collectionsProperty() {
        return collections;
    }

    /** What could not be read or saved, empty when all is well. */
    public StringProperty problemProperty() {
        return problem;
    }
}
