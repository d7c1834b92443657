package dev.wscope.core.collection;

import java.util.List;

/** A named group of requests and folders, nested to any depth. */
public record Folder(String name, List<CollectionItem> items) implements CollectionItem {
    public Folder {
        name = name == null ? "" : name;
        items = List.copyOf(items);
    }

    public Folder withItems(List<CollectionItem> newItems) {
        return new Folder(name, newItems);
    }

    @Override
    public Folder withName(String newName) {
        return new Folder(newName, items);
    }

    @Override
    public Folder copied() {
        return withItems(items.stream().map(CollectionItem::copied).toList());
    }
}
