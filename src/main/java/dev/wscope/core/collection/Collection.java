package dev.wscope.core.collection;

import dev.wscope.core.variables.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A named tree of folders and saved requests with its spec fields, its environments and, when it was
 * imported, what the API description said of its version and servers. The id ties the collection to the
 * secret values kept on this machine, wherever its file is moved.
 */
public record Collection(String id, String name, SpecFields spec, List<CollectionItem> items,
                         List<Environment> environments, ApiInfo api) {
    public Collection {
        id = id == null || id.isBlank() ? Ids.newId() : id;
        name = name == null ? "" : name;
        spec = Objects.requireNonNullElse(spec, SpecFields.empty());
        items = List.copyOf(items);
        environments = List.copyOf(environments);
        api = Objects.requireNonNullElse(api, ApiInfo.none());
    }

    /** A collection with no API description behind it. */
    public Collection(String id, String name, SpecFields spec, List<CollectionItem> items,
                      List<Environment> environments) {
        this(id, name, spec, items, environments, ApiInfo.none());
    }

    public static Collection named(String name) {
        return new Collection(null, name, SpecFields.empty(), List.of(), List.of());
    }

    /** Every saved request, depth first, in tree order. */
    public List<SavedRequest> requests() {
        List<SavedRequest> found = new ArrayList<>();
        collect(items, found);
        return found;
    }

    public Optional<Environment> environment(String environmentName) {
        return environments.stream().filter(e -> e.name().equals(environmentName)).findFirst();
    }

    public Collection withItems(List<CollectionItem> newItems) {
        return new Collection(id, name, spec, newItems, environments, api);
    }

    /** The collection with every saved request, at any depth, passed through the change. */
    public Collection mapRequests(UnaryOperator<SavedRequest> change) {
        return withItems(mapped(items, change));
    }

    public Collection withSpec(SpecFields newSpec) {
        return new Collection(id, name, newSpec, items, environments, api);
    }

    public Collection withEnvironments(List<Environment> newEnvironments) {
        return new Collection(id, name, spec, items, newEnvironments, api);
    }

    private static List<CollectionItem> mapped(List<CollectionItem> items, UnaryOperator<SavedRequest> change) {
        List<CollectionItem> out = new ArrayList<>();
        for (CollectionItem item : items) {
            if (item instanceof SavedRequest request) {
                out.add(change.apply(request));
            } else if (item instanceof Folder folder) {
                out.add(new Folder(folder.name(), mapped(folder.items(), change)));
            }
        }
        return out;
    }

    private static void collect(List<CollectionItem> items, List<SavedRequest> found) {
        for (CollectionItem item : items) {
            if (item instanceof SavedRequest request) {
                found.add(request);
            } else if (item instanceof Folder folder) {
                collect(folder.items(), found);
            }
        }
    }
}
