package dev.wscope.collections;

import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.CollectionEdits;
import dev.wscope.core.collection.CollectionNode;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.RequestDraft;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.TreePath;
import dev.wscope.share.asyncapi.AsyncApiFiles;
import dev.wscope.share.asyncapi.DocumentFormat;
import dev.wscope.share.html.HtmlDocs;
import dev.wscope.store.CollectionFiles;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.StoreException;
import dev.wscope.store.TextFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * The collections and every change to them: saving a request, new, rename, duplicate, move, delete (each one
 * undoable), open from and save to anywhere, export and import. Each change is an edit transaction: it runs on
 * the background executor after the one before, on the file as it is on disk then; its outcome lands on the
 * owner executor and the collections are read again. What fails is said in the problem line and changes
 * nothing. No toolkit: the window's view model adapts it, tests run it on direct executors. Thread contract:
 * call from the owner's thread; the futures complete and the {@link CollectionsListener} hears on it.
 */
public final class CollectionService {
    /** Where a request is saved when no collection exists yet. */
    static final String FIRST_COLLECTION = "My requests";

    private final CollectionStore store;
    private final CollectionsListener listener;
    private final CollectionJobs jobs;
    private final RequestSaver saver;
    private List<LoadedCollection> shown = List.of();

    public CollectionService(CollectionStore store, Executor background, Executor owner, CollectionsListener listener) {
        this.store = store;
        this.listener = listener;
        CollectionReader reader = new CollectionReader(store);
        this.jobs = new CollectionJobs(background, owner, reader, this::read, listener::undoLabelChanged);
        this.saver = new RequestSaver(store, reader);
    }

    private void read(List<LoadedCollection> collections, String problems) {
        shown = collections;
        listener.collectionsRead(collections, problems);
    }

    /** Reads every collection again. */
    public CompletableFuture<Void> reload() {
        return jobs.reload();
    }

    /** The collections as last read. */
    public List<LoadedCollection> collections() {
        return shown;
    }

    /** The saved request with that id as last read. */
    public Optional<FoundRequest> find(String requestId) {
        return RequestFinder.find(shown, requestId);
    }

    /**
     * Saves a tab's request: replaced where it is stored (found by id, in whichever collection now holds it),
     * else added to the target (null: none chosen), else to the first collection, else to a new "My requests".
     * Completes with the request as written.
     */
    public CompletableFuture<SavedRequest> save(RequestDraft draft, SaveTarget target) {
        return jobs.run("Not saved", () -> CollectionJobs.done(saver.save(draft, target), null));
    }

    public CompletableFuture<Boolean> rename(LoadedCollection in, TreePath path, String name) {
        return edit(in, path, "Rename '" + nameAt(in, path) + "'", c -> CollectionEdits.rename(c, path, name));
    }

    public CompletableFuture<Boolean> duplicate(LoadedCollection in, TreePath path) {
        return edit(in, path, "Duplicate '" + nameAt(in, path) + "'", c -> CollectionEdits.duplicate(c, path));
    }

    public CompletableFuture<Boolean> delete(LoadedCollection in, TreePath path) {
        return edit(in, path, "Delete '" + nameAt(in, path) + "'", c -> CollectionEdits.remove(c, path));
    }

    public CompletableFuture<Boolean> newFolder(LoadedCollection in, TreePath parent, String name) {
        return edit(in, parent, "New folder '" + name + "'", c -> CollectionEdits.append(c, parent, new Folder(name, List.of())));
    }

    /** A new request in the collection or a folder of it. */
    public CompletableFuture<Boolean> newRequest(LoadedCollection in, TreePath parent, SavedRequest request) {
        return edit(in, parent, "New request '" + request.name() + "'", c -> CollectionEdits.append(c, parent, request));
    }

    /** Spec fields, environments or anything else of the collection as a whole. */
    public CompletableFuture<Boolean> change(LoadedCollection in, String label, UnaryOperator<Collection> change) {
        return edit(in, TreePath.root(), label, change);
    }

    /**
     * Moves a folder, request or saved message, within a collection or into another one (two files change,
     * one Undo takes both back). The index counts the target list as shown before the move.
     */
    public CompletableFuture<Boolean> move(LoadedCollection from, TreePath path, LoadedCollection to, TreePath parent,
                                           int index) {
        String label = "Move '" + nameAt(from, path) + "'";
        if (from.file().equals(to.file())) {
            return edit(from, path, label, c -> CollectionEdits.move(c, path, parent, index));
        }
        return jobs.run("Not moved", () -> {
            Collection source = TreeCheck.unchanged(store, from, path);
            Collection target = TreeCheck.unchanged(store, to, parent);
            CollectionNode node = CollectionEdits.node(source, path);
            Collection moved = CollectionEdits.insert(target, parent, index, node);
            store.save(to.file(), moved);
            store.save(from.file(), CollectionEdits.remove(source, path));
            return CollectionJobs.done(true, new UndoStep(label, List.of(new UndoStep.Before(to.file(), target),
                    new UndoStep.Before(from.file(), source))));
        });
    }

    public CompletableFuture<Boolean> newCollection(String name) {
        return jobs.run("Not created", () -> {
            Collection created = Collection.named(name.strip().isEmpty() ? FIRST_COLLECTION : name.strip());
            Path file = store.newFileFor(created);
            store.save(file, created);
            return CollectionJobs.done(true, UndoStep.of("New collection '" + created.name() + "'", file, null));
        });
    }

    /** Deletes the collection's file (kept as NAME.json.bak); an opened one is only taken off the list. */
    public CompletableFuture<Boolean> deleteCollection(LoadedCollection loaded) {
        return jobs.run("Not deleted", () -> {
            if (loaded.external()) {
                ExternalFiles.forget(store, loaded.file());
                return CollectionJobs.done(true, null);
            }
            store.delete(loaded.file());
            return CollectionJobs.done(true, UndoStep.of("Delete collection '" + loaded.collection().name() + "'",
                    loaded.file(), loaded.collection()));
        });
    }

    /** Shows a collection file from anywhere (a project's git repository) in the tree, from now on. */
    public CompletableFuture<Boolean> open(Path file) {
        return jobs.run("Not opened", () -> {
            store.load(file);
            ExternalFiles.remember(store, file);
            return CollectionJobs.done(true, null);
        });
    }

    /**
     * Writes the collection to a file of the user's choice and keeps it there from now on: a collection of the
     * data folder leaves it (its old file kept as NAME.json.bak), so it is never in the tree twice.
     */
    public CompletableFuture<Boolean> saveAs(LoadedCollection loaded, Path file) {
        return jobs.run("Not saved", () -> {
            Collection current = store.load(loaded.file());
            store.save(file, current);
            ExternalFiles.remember(store, file);
            if (loaded.external()) {
                ExternalFiles.forget(store, loaded.file());
            } else if (!loaded.file().toAbsolutePath().equals(file.toAbsolutePath())) {
                store.delete(loaded.file());
            }
            return CollectionJobs.done(true, null);
        });
    }

    /**
     * Writes the collection as AsyncAPI 3.0 (YAML, or JSON for a .json file), checked against the official
     * schema first; completes with where it was written.
     */
    public CompletableFuture<Path> exportAsyncApi(LoadedCollection loaded, Path file) {
        return jobs.run("Not exported", () -> {
            List<String> problems = AsyncApiFiles.write(CollectionFiles.read(loaded.file()), file,
                    DocumentFormat.forFileName(file.toString()));
            if (!problems.isEmpty()) {
                throw new StoreException("the export does not follow the AsyncAPI 3.0.0 schema, so it was not written"
                        + " (please report this): " + problems.get(0));
            }
            return CollectionJobs.done(file, null);
        }).thenApply(this::wrote);
    }

    /** Writes the collection as one HTML page that stands alone; completes with where it was written. */
    public CompletableFuture<Path> exportDocs(LoadedCollection loaded, Path file) {
        return jobs.run("Not exported", () -> {
            TextFiles.replace(file, HtmlDocs.of(CollectionFiles.read(loaded.file())));
            return CollectionJobs.done(file, null);
        }).thenApply(this::wrote);
    }

    private Path wrote(Path file) {
        listener.noticed("Wrote " + file.toAbsolutePath());
        return file;
    }

    /** An AsyncAPI 2.x or 3.x document becomes a new collection of the data folder (undoable). */
    public CompletableFuture<Boolean> importAsyncApi(Path document) {
        return jobs.run("Not imported", () -> {
            Collection imported = AsyncApiFiles.read(document).collection();
            Path file = store.newFileFor(imported);
            store.save(file, imported);
            return CollectionJobs.done(true, UndoStep.of("Import '" + imported.name() + "'", file, null));
        });
    }

    /** Takes back the newest change (rename, move, delete ...): the files it touched get their content back. */
    public CompletableFuture<Boolean> undo() {
        return jobs.undo(store);
    }

    private CompletableFuture<Boolean> edit(LoadedCollection loaded, TreePath checked, String label,
                                            UnaryOperator<Collection> change) {
        return jobs.run(label + " failed", () -> {
            Collection before = TreeCheck.unchanged(store, loaded, checked);
            store.save(loaded.file(), change.apply(before));
            return CollectionJobs.done(true, UndoStep.of(label, loaded.file(), before));
        });
    }

    private static String nameAt(LoadedCollection in, TreePath path) {
        try {
            return CollectionEdits.name(in.collection(), path);
        } catch (IllegalArgumentException gone) {
            return "item";
        }
    }
}
