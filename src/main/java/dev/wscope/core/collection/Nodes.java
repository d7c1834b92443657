package dev.wscope.core.collection;

import java.util.List;

/** Names and copies of the nodes of a collection's tree: folders, requests and saved messages. */
public final class Nodes {
    private Nodes() {
    }

    public static String name(Object node) {
        if (node instanceof CollectionItem item) {
            return item.name();
        } else if (node instanceof SavedMessage message) {
            return message.name();
        } else if (node instanceof Collection collection) {
            return collection.name();
        }
        throw new IllegalArgumentException("not a collection node: " + node);
    }

    public static Object renamed(Object node, String name) {
        if (node instanceof Folder folder) {
            return new Folder(name, folder.items());
        } else if (node instanceof SavedRequest request) {
            return request.withName(name);
        } else if (node instanceof SavedMessage message) {
            return new SavedMessage(name, message.format(), message.body(), message.fromServer());
        }
        throw new IllegalArgumentException("not a folder, request or saved message: " + node);
    }

    /** A copy with new ids for every request in it, so the copy and the original save apart. */
    public static Object copied(Object node) {
        if (node instanceof Folder folder) {
            List<CollectionItem> items = folder.items().stream().map(item -> (CollectionItem) copied(item)).toList();
            return folder.withItems(items);
        } else if (node instanceof SavedRequest request) {
            return request.withId(Ids.newId());
        }
        return node;
    }
}
