package dev.wscope.collections;

import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.CollectionEdits;
import dev.wscope.core.collection.RequestDraft;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.TreePath;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.StoreException;
import java.util.List;
import java.util.Optional;

/**
 * Saves a tab's request into the collections as they are on disk now, not as the tree showed them: a request
 * renamed or moved in the tree since the tab opened is found again by its id. Blocking I/O: background only.
 */
final class RequestSaver {
    private final CollectionStore store;
    private final CollectionReader reader;

    RequestSaver(CollectionStore store, CollectionReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** Replaced where it is stored, else added to the target, else to the first collection, else to a new one. */
    SavedRequest save(RequestDraft draft, SaveTarget target) throws StoreException {
        List<LoadedCollection> fresh = reader.readAll().loaded();
        Optional<FoundRequest> stored = draft.id() == null ? Optional.empty() : RequestFinder.find(fresh, draft.id());
        if (stored.isPresent()) {
            LoadedCollection holder = stored.get().collection();
            SavedRequest merged = draft.mergeInto(stored.get().request());
            store.save(holder.file(), CollectionEdits.replace(holder.collection(), stored.get().path(), merged));
            return merged;
        }
        SavedRequest created = draft.mergeInto(null);
        LoadedCollection into = target != null ? sameFile(fresh, target.collection())
                : fresh.stream().filter(c -> !c.external()).findFirst().orElse(null);
        if (into == null) {
            Collection first = Collection.named(CollectionService.FIRST_COLLECTION);
            store.save(store.newFileFor(first), first.withItems(List.of(created)));
            return created;
        }
        TreePath folder = target != null && CollectionEdits.isFolder(into.collection(), target.folder())
                ? target.folder() : TreePath.root();
        store.save(into.file(), CollectionEdits.append(into.collection(), folder, created));
        return created;
    }

    private static LoadedCollection sameFile(List<LoadedCollection> fresh, LoadedCollection shown) {
        return fresh.stream().filter(c -> c.file().equals(shown.file())).findFirst().orElse(null);
    }
}
