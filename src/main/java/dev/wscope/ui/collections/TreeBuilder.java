package dev.wscope.ui.collections;

import dev.wscope.core.collection.CollectionItem;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TreeItem;

/**
 * Fills the tree from the collections, keeping open what the user had open: a folder or request is known
 * again by its collection file and its name path, so a reload (after any save) does not fold the tree up.
 * A collection starts open; requests start folded (their messages hidden).
 */
final class TreeBuilder {
    private final Set<String> expanded = new HashSet<>();
    private final Set<String> collapsed = new HashSet<>();

    void rebuild(TreeItem<Object> root, List<LoadedCollection> loaded) {
        remember(root, "");
        root.getChildren().clear();
        for (LoadedCollection collection : loaded) {
            TreeItem<Object> node = new TreeItem<>(collection);
            String key = collection.file().toString();
            add(node, collection.collection().items(), key);
            node.setExpanded(!collapsed.contains(key));
            root.getChildren().add(node);
        }
    }

    private void add(TreeItem<Object> parent, List<CollectionItem> items, String parentKey) {
        for (CollectionItem item : items) {
            TreeItem<Object> node = new TreeItem<>(item);
            String key = parentKey + "/" + item.name();
            if (item instanceof Folder folder) {
                add(node, folder.items(), key);
                node.setExpanded(!collapsed.contains(key));
            } else if (item instanceof SavedRequest request) {
                request.messages().forEach(message -> node.getChildren().add(new TreeItem<>(message)));
                node.setExpanded(expanded.contains(key));
            }
            parent.getChildren().add(node);
        }
    }

    private void remember(TreeItem<Object> item, String key) {
        for (TreeItem<Object> child : item.getChildren()) {
            String childKey = child.getValue() instanceof LoadedCollection c ? c.file().toString()
                    : key + "/" + ((dev.wscope.core.collection.CollectionNode) child.getValue()).name();
            if (child.isLeaf()) {
                continue;
            }
            (child.isExpanded() ? expanded : collapsed).add(childKey);
            (child.isExpanded() ? collapsed : expanded).remove(childKey);
            remember(child, childKey);
        }
    }
}
