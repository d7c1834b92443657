package dev.wscope.share.asyncapi;

import com.google.gson.JsonObject;
import dev.wscope.core.variables.Environment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The servers of an export: one per distinct protocol and host among the request addresses, keyed by the
 * host ("127.0.0.1-8765"). The path of each address goes to its channel, as AsyncAPI's WebSocket examples do.
 */
final class ServerTable {
    private final JsonObject servers = new JsonObject();
    private final Map<String, String> keyByOrigin = new HashMap<>();
    private final KeyNames keys = new KeyNames();
    private final List<Environment> environments;

    ServerTable(List<Environment> environments) {
        this.environments = environments;
    }

    /** The key of the server for this address, added on first use. */
    String keyFor(WsAddress address) {
        return keyByOrigin.computeIfAbsent(address.protocol() + "://" + address.host(), origin -> {
            String key = keys.unique(address.host(), "server");
            JsonObject server = new JsonObject();
            server.addProperty("host", address.host());
            server.addProperty("protocol", address.protocol());
            JsonObject variables = new JsonObject();
            for (String name : WsAddress.names(address.host())) {
                variables.add(name, VariableDocs.describe(name, environments));
            }
            if (variables.size() > 0) {
                server.add("variables", variables);
            }
            servers.add(key, server);
            return key;
        });
    }

    boolean isEmpty() {
        return servers.size() == 0;
    }

    JsonObject json() {
        return servers;
    }
}
