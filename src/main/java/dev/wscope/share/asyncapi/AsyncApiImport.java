package dev.wscope.share.asyncapi;

import com.google.gson.JsonObject;
import dev.wscope.core.collection.ApiInfo;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.CollectionItem;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.variables.Environment;
import dev.wscope.store.ApiInfoJson;
import dev.wscope.store.EnvironmentJson;
import dev.wscope.store.FormatProblem;
import dev.wscope.store.JsonFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An AsyncAPI 2.x or 3.x document (as a tree, see AsyncApiText) as a new collection: one request per
 * channel, saved messages from the messages and their examples, environments from servers and parameters.
 * A document Wscope exported comes back as the collection it was made from.
 */
public final class AsyncApiImport {
    private AsyncApiImport() {
    }

    public static Collection of(JsonObject document) {
        String version = Trees.text(document, "asyncapi");
        boolean version3 = version.startsWith("3.");
        if (!version3 && !version.startsWith("2.")) {
            throw new FormatProblem(version.isEmpty() ? "no \"asyncapi\" field: this is not an AsyncAPI document"
                    : "AsyncAPI " + version + " is not supported: Wscope imports 2.x and 3.x documents");
        }
        List<ImportedChannel> channels = version3 ? V3Channels.read(document) : V2Channels.read(document);
        List<ServerBase> allServers = ServerBase.read(document, version3);
        List<ServerBase> servers = allServers.stream().filter(ServerBase::opensWebSockets).toList();
        String serverBase = ImportEnvironments.serverBase(servers);
        Map<String, SavedRequest> requests = new LinkedHashMap<>();
        for (ImportedChannel channel : channels) {
            requests.put(channel.key(), ChannelRequest.of(document, channel, serverBase));
        }
        JsonFields root = JsonFields.root(document);
        List<CollectionItem> items = root.has(Extensions.ITEMS) ? tree(root, Extensions.ITEMS, requests) : new ArrayList<>();
        items.addAll(requests.values());
        List<Environment> environments = root.has(Extensions.ENVIRONMENTS)
                ? root.objects(Extensions.ENVIRONMENTS).stream().map(EnvironmentJson::read).toList()
                : ImportEnvironments.of(servers, channels);
        JsonObject info = Refs.resolve(document, document.get("info"));
        // 2.x keeps the document's tags at the top level, 3.x in info
        JsonObject tagged = version3 ? info : document;
        return new Collection(root.string(Extensions.ID, null), Trees.text(info, "title"),
                SpecImport.of(info, SpecImport.tags(tagged), Trees.text(info, "description")), items, environments,
                api(root, info, allServers));
    }

    /**
     * The version and servers to say again on export. A Wscope export keeps them in x-wscope-api: its info
     * and servers also hold what Wscope made up for a collection without them (1.0.0, servers from addresses).
     */
    private static ApiInfo api(JsonFields root, JsonObject info, List<ServerBase> servers) {
        if (root.has(Extensions.VERSION)) {
            return root.object(Extensions.API).map(ApiInfoJson::read).orElse(ApiInfo.none());
        }
        return new ApiInfo(Trees.text(info, "version"), servers.stream().map(ServerBase::server).toList());
    }

    /** The folders of x-wscope-items, taking each request it names out of the map; the rest go at the end. */
    private static List<CollectionItem> tree(JsonFields parent, String key, Map<String, SavedRequest> requests) {
        List<CollectionItem> items = new ArrayList<>();
        for (JsonFields node : parent.objects(key)) {
            if ("folder".equals(node.string("kind", ""))) {
                items.add(new Folder(node.string("name", ""), tree(node, "items", requests)));
            } else {
                SavedRequest request = requests.remove(node.string("channel", ""));
                if (request != null) {
                    items.add(request);
                }
            }
        }
        return items;
    }
}
