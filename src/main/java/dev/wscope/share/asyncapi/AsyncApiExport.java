package dev.wscope.share.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.ApiInfo;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.CollectionItem;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.variables.Environment;
import dev.wscope.store.ApiInfoJson;
import dev.wscope.store.EnvironmentJson;
import dev.wscope.store.SharedCopy;
import java.util.List;

/**
 * A collection as an AsyncAPI 3.0.0 document: servers from the request addresses, one channel per request,
 * operations from the server's side, and x-wscope-* fields for the rest (see Extensions). It is made from
 * the collection's shared copy, so no secret value or password is in it.
 */
public final class AsyncApiExport {
    /** The info.version AsyncAPI requires, for a collection not imported from a document that had one. */
    static final String API_VERSION = "1.0.0";

    private final JsonObject channels = new JsonObject();
    private final JsonObject operations = new JsonObject();
    private final KeyNames channelKeys = new KeyNames();
    private final ServerTable servers;
    private final ChannelExport channelExport;

    private AsyncApiExport(List<Environment> environments, ApiInfo api) {
        servers = new ServerTable(environments, api.servers());
        channelExport = new ChannelExport(servers, environments);
    }

    public static JsonObject of(Collection collection) {
        Collection shared = SharedCopy.of(collection);
        return new AsyncApiExport(shared.environments(), shared.api()).document(shared);
    }

    private JsonObject document(Collection collection) {
        JsonArray tree = items(collection.items());
        JsonObject document = new JsonObject();
        document.addProperty("asyncapi", "3.0.0");
        document.add("info", info(collection));
        if (!servers.isEmpty()) {
            document.add("servers", servers.json());
        }
        if (channels.size() > 0) {
            document.add("channels", channels);
        }
        if (operations.size() > 0) {
            document.add("operations", operations);
        }
        document.addProperty(Extensions.VERSION, 1);
        document.addProperty(Extensions.ID, collection.id());
        document.add(Extensions.ITEMS, tree);
        if (!collection.api().isEmpty()) {
            document.add(Extensions.API, ApiInfoJson.write(collection.api()));
        }
        JsonArray environments = new JsonArray();
        collection.environments().forEach(environment -> environments.add(EnvironmentJson.write(environment)));
        document.add(Extensions.ENVIRONMENTS, environments);
        return document;
    }

    private static JsonObject info(Collection collection) {
        JsonObject info = new JsonObject();
        info.addProperty("title", collection.name());
        info.addProperty("version", collection.api().version().isEmpty() ? API_VERSION : collection.api().version());
        SpecExport.describe(info, collection.spec());
        SpecExport.addExtensions(info, collection.spec());
        return info;
    }

    /** The folder tree, each request pointing at its channel; channels are made on the way, in tree order. */
    private JsonArray items(List<CollectionItem> items) {
        JsonArray tree = new JsonArray();
        for (CollectionItem item : items) {
            JsonObject node = new JsonObject();
            if (item instanceof SavedRequest request) {
                String key = channelKeys.unique(request.name(), "request");
                JsonObject channel = channelExport.channel(request);
                channels.add(key, channel);
                ChannelExport.addOperations(operations, key, channel, request);
                node.addProperty("kind", "request");
                node.addProperty("channel", key);
            } else {
                node.addProperty("kind", "folder");
                node.addProperty("name", item.name());
                node.add("items", items(((Folder) item).items()));
            }
            tree.add(node);
        }
        return tree;
    }
}
