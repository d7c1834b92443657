package dev.wscope.ui.collections;

import dev.wscope.collections.LoadedCollection;
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

    void rebuild(TreeItem<TreeNode> root, List<LoadedCollection> loaded) {
        remember(root, "");
        root.getChildren().clear();
        for (LoadedCollection collection : loaded) {
            TreeItem<TreeNode> node = new TreeItem<>(new TreeNode.OfCollection(collection));
            String key = collection.file().toString();
            add(node, collection.collection().items(), key);
            node.setExpanded(!collapsed.contains(key));
            root.getChildren().add(node);
        }
    }

    private void add(TreeItem<TreeNode> parent, List<CollectionItem> items, String parentKey) {
        for (CollectionItem item : items) {
            String key = parentKey + "/" + item.name();
            if (item instanceof Folder folder) {
                parent.getChildren().add(folderItem(folder, key));
            } else if (item instanceof SavedRequest request) {
                parent.getChildren().add(requestItem(request, key));
            }
        }
    }

    private TreeItem<TreeNode> folderItem(Folder folder, String key) {
        TreeItem<TreeNode> node = new TreeItem<>(new TreeNode.OfFolder(folder));
        add(node, folder.items(), key);
        node.setExpanded(!collapsed.contains(key));
        return node;
    }

    private TreeItem<TreeNode> requestItem(SavedRequest request, String key) {
        TreeItem<TreeNode> node = new TreeItem<>(new TreeNode.OfRequest(request));
        request.messages().forEach(message -> node.getChildren().add(new TreeItem<>(new TreeNode.OfMessage(request, message))));
        node.setExpanded(expanded.contains(key));
        return node;
    }

    private void remember(TreeItem<TreeNode> item, String key) {
        for (TreeItem<TreeNode> child : item.getChildren()) {
            String childKey = child.getValue() instanceof TreeNode.OfCollection c ? c.loaded().file().toString()
                    : key + "/" + child.getValue().name();
            if (child.isLeaf()) {
                continue;
            }
            (child.isExpanded() ? expanded : collapsed).add(childKey);
            (child.isExpanded() ? collapsed : expanded).remove(childKey);
            remember(child, childKey);
        }
    }
}
