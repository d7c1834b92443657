package dev.wscope.collections;

import dev.wscope.core.collection.CollectionItem;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.TreePath;
import java.util.List;
import java.util.Optional;

/** Finds a saved request by id in the collections, with where it sits. */
final class RequestFinder {
    private RequestFinder() {
    }

    static Optional<FoundRequest> find(List<LoadedCollection> collections, String id) {
        for (LoadedCollection loaded : collections) {
            Optional<FoundRequest> found = find(loaded, loaded.collection().items(), TreePath.root(), id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<FoundRequest> find(LoadedCollection loaded, List<CollectionItem> items, TreePath parent,
                                               String id) {
        for (int i = 0; i < items.size(); i++) {
            CollectionItem item = items.get(i);
            if (item instanceof SavedRequest request && request.id().equals(id)) {
                return Optional.of(new FoundRequest(loaded, parent.child(i), request));
            } else if (item instanceof Folder folder) {
                Optional<FoundRequest> deeper = find(loaded, folder.items(), parent.child(i), id);
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        }
        return Optional.empty();
    }
}
