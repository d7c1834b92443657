package dev.wscope.ui.collections;

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
import dev.wscope.store.TextFiles;
import dev.wscope.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The collections the tree shows, and every change to them: saving a request, new, rename, duplicate, move,
 * delete (each one undoable), open from and save to anywhere. Files are only touched on the background
 * executor, one change after another, each applied to the file as it is on disk; the outcome lands through
 * the UI executor and the tree is read again. What fails is said in the problem line and changes nothing.
 * FX thread only.
 */
public final class CollectionsViewModel {
    /** Where a request is saved when no collection exists yet. */
    static final String FIRST_COLLECTION = "My requests";

    private final CollectionStore store;
    private final CollectionReader reader;
    private final CollectionJobs jobs;
    private final ObjectProperty<List<LoadedCollection>> collections = new SimpleObjectProperty<>(List.of());
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");

    public CollectionsViewModel(CollectionStore store, Executor background, Executor ui) {
        this.store = store;
        this.reader = new CollectionReader(store);
        this.jobs = new CollectionJobs(background, ui, reader, (loaded, problems) -> {
            collections.set(loaded);
            problem.set(problems);
        });
    }

    /** Reads every collection again. */
    public CompletableFuture<Void> reload() {
        return jobs.reload();
    }

    /**
     * Saves a tab's request: replaced where it is stored (found by id, in whichever collection now holds it),
     * else added to the target, else to the first collection, else to a new "My requests". Completes with the
     * request as written.
     */
    public CompletableFuture<SavedRequest> save(RequestDraft draft, SaveTarget target) {
        return jobs.run("Not saved", () -> {
            CollectionReader.Result fresh = reader.readAll();
            Optional<FoundRequest> stored = draft.id() == null ? Optional.empty() : RequestFinder.find(fresh.loaded(), draft.id());
            if (stored.isPresent()) {
                LoadedCollection holder = stored.get().collection();
                SavedRequest merged = draft.mergeInto(stored.get().request());
                store.save(holder.file(), CollectionEdits.replace(holder.collection(), stored.get().path(), merged));
                return CollectionJobs.done(merged, null);
            }
            SavedRequest created = draft.mergeInto(null);
            LoadedCollection into = target != null ? fresh(fresh, target.collection()) : fresh.loaded().stream()
                    .filter(c -> !c.external()).findFirst().orElse(null);
            if (into == null) {
                Collection first = Collection.named(FIRST_COLLECTION);
                store.save(store.newFileFor(first), first.withItems(List.of(created)));
                return CollectionJobs.done(created, null);
            }
            TreePath folder = target != null && CollectionEdits.isFolder(into.collection(), target.folder())
                    ? target.folder() : TreePath.root();
            store.save(into.file(), CollectionEdits.append(into.collection(), folder, created));
            return CollectionJobs.done(created, null);
        });
    }

    private static LoadedCollection fresh(CollectionReader.Result fresh, LoadedCollection shown) {
        return fresh.loaded().stream().filter(c -> c.file().equals(shown.file())).findFirst().orElse(null);
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
    public CompletableFuture<Boolean> deleteCollection(LoadedCollection shown) {
        return jobs.run("Not deleted", () -> {
            if (shown.external()) {
                ExternalFiles.forget(store, shown.file());
                return CollectionJobs.done(true, null);
            }
            store.delete(shown.file());
            return CollectionJobs.done(true, UndoStep.of("Delete collection '" + shown.collection().name() + "'",
                    shown.file(), shown.collection()));
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
    public CompletableFuture<Boolean> saveAs(LoadedCollection shown, Path file) {
        return jobs.run("Not saved", () -> {
            Collection current = store.load(shown.file());
            store.save(file, current);
            ExternalFiles.remember(store, file);
            if (shown.external()) {
                ExternalFiles.forget(store, shown.file());
            } else if (!shown.file().toAbsolutePath().equals(file.toAbsolutePath())) {
                store.delete(shown.file());
            }
            return CollectionJobs.done(true, null);
        });
    }

    /**
     * Writes the collection as AsyncAPI 3.0 (YAML, or JSON for a .json file), checked against the official
     * schema first; completes with where it was written.
     */
    public CompletableFuture<Path> exportAsyncApi(LoadedCollection shown, Path file) {
        return jobs.run("Not exported", () -> {
            List<String> problems = AsyncApiFiles.write(CollectionFiles.read(shown.file()), file,
                    DocumentFormat.forFileName(file.toString()));
            if (!problems.isEmpty()) {
                throw new StoreException("the export does not follow the AsyncAPI 3.0.0 schema, so it was not written"
                        + " (please report this): " + problems.get(0));
            }
            return CollectionJobs.done(file, null);
        }).thenApply(this::wrote);
    }

    private Path wrote(Path file) {
        notice.set("Wrote " + file.toAbsolutePath());
        return file;
    }

    /** Writes the collection as one HTML page that stands alone; completes with where it was written. */
    public CompletableFuture<Path> exportDocs(LoadedCollection shown, Path file) {
        return jobs.run("Not exported", () -> {
            TextFiles.replace(file, HtmlDocs.of(CollectionFiles.read(shown.file())));
            return CollectionJobs.done(file, null);
        }).thenApply(this::wrote);
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

    private CompletableFuture<Boolean> edit(LoadedCollection shown, TreePath checked, String label,
                                            UnaryOperator<Collection> change) {
        return jobs.run(label + " failed", () -> {
            Collection before = TreeCheck.unchanged(store, shown, checked);
            store.save(shown.file(), change.apply(before));
            return CollectionJobs.done(true, UndoStep.of(label, shown.file(), before));
        });
    }

    private static String nameAt(LoadedCollection in, TreePath path) {
        try {
            return CollectionEdits.name(in.collection(), path);
        } catch (IllegalArgumentException gone) {
            return "item";
        }
    }

    /** The saved request with that id as the tree has it now. */
    public Optional<FoundRequest> find(String requestId) {
        return RequestFinder.find(collections.get(), requestId);
    }

    public ObjectProperty<List<LoadedCollection>> collectionsProperty() {
        return collections;
    }

    /** What could not be read or saved, empty when all is well. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** What the last export wrote, for the line under the tree. */
    public StringProperty noticeProperty() {
        return notice;
    }

    /** What Undo would take back, empty when there is nothing. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return jobs.undoLabelProperty();
    }
}
