package dev.wscope.share.asyncapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.ApiServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A server of a document as written (kept, so the export gives it back), the start of a request address on
 * it ("wss://api.example.com/v1"; empty for kafka, mqtt ... where no WebSocket opens), and the values its
 * variables suggest.
 */
record ServerBase(ApiServer server, String url, Map<String, String> variables) {

    static List<ServerBase> read(JsonObject document, boolean version3) {
        List<ServerBase> bases = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : Trees.entries(document, "servers")) {
            JsonObject server = Refs.resolve(document, entry.getValue());
            Map<String, String> variables = new LinkedHashMap<>();
            Trees.entries(server, "variables").forEach(v -> SuggestedValue.of(Refs.resolve(document, v.getValue()))
                    .ifPresent(value -> variables.put(v.getKey(), value)));
            ApiServer written = version3 ? of3(entry.getKey(), server) : of2(entry.getKey(), server);
            bases.add(new ServerBase(written, addressOf(written).orElse(""), variables));
        }
        return bases;
    }

    String name() {
        return server.name();
    }

    boolean opensWebSockets() {
        return !url.isEmpty();
    }

    /**
     * ws:// or wss:// with the host and pathname, {name} written {{name}}. An http(s) server counts, as the
     * address the WebSocket's HTTP request goes to: Slack's RTM names https://slack.com/api/rtm.connect.
     */
    static Optional<String> addressOf(ApiServer server) {
        String scheme = switch (server.protocol().toLowerCase(Locale.ROOT)) {
            case "ws", "http" -> "ws";
            case "wss", "https" -> "wss";
            default -> "";
        };
        if (scheme.isEmpty() || server.host().isEmpty()) {
            return Optional.empty();
        }
        String url = scheme + "://" + server.host() + server.pathname();
        return Optional.of(SuggestedValue.doubleBraces(url.endsWith("/") ? url.substring(0, url.length() - 1) : url));
    }

    /** 3.0: protocol, host and pathname apart. */
    private static ApiServer of3(String name, JsonObject server) {
        return new ApiServer(name, Trees.text(server, "protocol"), Trees.text(server, "host"),
                Trees.text(server, "pathname"));
    }

    /** 2.x: a url, with or without its scheme (the protocol field says it then), host and path together. */
    private static ApiServer of2(String name, JsonObject server) {
        String url = Trees.text(server, "url");
        int schemeEnd = url.indexOf("://");
        String protocol = schemeEnd >= 0 ? url.substring(0, schemeEnd) : Trees.text(server, "protocol");
        String rest = schemeEnd >= 0 ? url.substring(schemeEnd + 3) : url;
        int slash = rest.indexOf('/');
        return new ApiServer(name, protocol, slash < 0 ? rest : rest.substring(0, slash),
                slash < 0 ? "" : rest.substring(slash));
    }
}
