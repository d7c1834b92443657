package dev.wscope.share.asyncapi;

import com.google.gson.JsonObject;
import dev.wscope.core.collection.ApiServer;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Placeholders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The servers of an export and where each request's address goes. The servers the collection kept from an
 * imported document come first, under their names, and a request whose address starts with one is a
 * channel on it. Another address's protocol and host make a server of their own, keyed by the host
 * ("127.0.0.1-8765"). The path goes to the channel, as AsyncAPI's WebSocket examples do.
 */
final class ServerTable {
    /** A channel's address, and the key of the server it is on when it names one. */
    record Place(String address, Optional<String> server) {
    }

    private final JsonObject servers = new JsonObject();
    private final Map<String, String> keyByOrigin = new HashMap<>();
    /** The start of a request address on each kept server, and its key; longest first, the most specific. */
    private final List<Map.Entry<String, String>> keptBases = new ArrayList<>();
    private final KeyNames keys = new KeyNames();
    private final List<Environment> environments;

    ServerTable(List<Environment> environments, List<ApiServer> kept) {
        this.environments = environments;
        for (ApiServer server : kept) {
            String key = add(server.name(), server.protocol(), server.host(), server.pathname());
            ServerBase.addressOf(server).ifPresent(base -> keptBases.add(Map.entry(base, key)));
        }
        keptBases.sort(Comparator.comparingInt((Map.Entry<String, String> base) -> base.getKey().length()).reversed());
    }

    /**
     * Where a request's address goes. One that starts with {{server}}, the import's stand-in for the
     * document's servers, is a channel on any of them: its address is the rest, "/" rather than "{server}/".
     */
    Place place(String url) {
        String address = WsAddress.withoutQuery(url);
        for (Map.Entry<String, String> kept : keptBases) {
            Optional<String> path = pathAfter(address, kept.getKey());
            if (path.isPresent()) {
                return new Place(WsAddress.braces(path.get()), Optional.of(kept.getValue()));
            }
        }
        Optional<String> anyServer = pathAfter(address, Placeholders.of(ImportEnvironments.SERVER_VARIABLE));
        if (anyServer.isPresent()) {
            return new Place(WsAddress.braces(anyServer.get()), Optional.empty());
        }
        return WsAddress.parse(url).map(a -> new Place(a.path(), Optional.of(keyFor(a))))
                .orElseGet(() -> new Place(WsAddress.braces(address), Optional.empty()));
    }

    /** The rest of the address when it starts with the whole server: nothing, or a path. */
    private static Optional<String> pathAfter(String address, String server) {
        if (!address.startsWith(server)) {
            return Optional.empty();
        }
        String rest = address.substring(server.length());
        return rest.isEmpty() || rest.startsWith("/") ? Optional.of(rest) : Optional.empty();
    }

    /** The key of the server for this address, added on first use. */
    private String keyFor(WsAddress address) {
        return keyByOrigin.computeIfAbsent(address.protocol() + "://" + address.host(),
                origin -> add(address.host(), address.protocol(), address.host(), ""));
    }

    private String add(String name, String protocol, String host, String pathname) {
        String key = keys.unique(name, "server");
        JsonObject server = new JsonObject();
        server.addProperty("host", host);
        server.addProperty("protocol", protocol);
        if (!pathname.isEmpty()) {
            server.addProperty("pathname", pathname);
        }
        JsonObject variables = new JsonObject();
        for (String variable : WsAddress.names(host + pathname)) {
            variables.add(variable, VariableDocs.describe(variable, environments));
        }
        if (variables.size() > 0) {
            server.add("variables", variables);
        }
        servers.add(key, server);
        return key;
    }

    boolean isEmpty() {
        return servers.size() == 0;
    }

    JsonObject json() {
        return servers;
    }
}
