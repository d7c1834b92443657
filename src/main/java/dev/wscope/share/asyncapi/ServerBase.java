package dev.wscope.share.asyncapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A WebSocket server of a document as the start of a request address ("wss://api.example.com/v1"), with
 * the values its variables suggest. Servers of other protocols (kafka, mqtt ...) are left out.
 */
record ServerBase(String name, String url, Map<String, String> variables) {

    static List<ServerBase> read(JsonObject document, boolean version3) {
        List<ServerBase> bases = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : Trees.entries(document, "servers")) {
            JsonObject server = Refs.resolve(document, entry.getValue());
            String url = version3 ? urlOf3(server) : urlOf2(server);
            if (url.isEmpty()) {
                continue;
            }
            Map<String, String> variables = new LinkedHashMap<>();
            Trees.entries(server, "variables").forEach(v -> SuggestedValue.of(Refs.resolve(document, v.getValue()))
                    .ifPresent(value -> variables.put(v.getKey(), value)));
            bases.add(new ServerBase(entry.getKey(), SuggestedValue.doubleBraces(url), variables));
        }
        return bases;
    }

    /** 3.0: protocol, host and pathname apart. */
    private static String urlOf3(JsonObject server) {
        String protocol = Trees.text(server, "protocol").toLowerCase(Locale.ROOT);
        if (!isWebSocket(protocol)) {
            return "";
        }
        return trimSlash(protocol + "://" + Trees.text(server, "host") + Trees.text(server, "pathname"));
    }

    /** 2.x: a url, with or without its scheme, and a protocol. */
    private static String urlOf2(JsonObject server) {
        String url = Trees.text(server, "url");
        int schemeEnd = url.indexOf("://");
        String scheme = schemeEnd >= 0 ? url.substring(0, schemeEnd).toLowerCase(Locale.ROOT)
                : Trees.text(server, "protocol").toLowerCase(Locale.ROOT);
        if (!isWebSocket(scheme) || url.isEmpty()) {
            return "";
        }
        return trimSlash(scheme + "://" + (schemeEnd >= 0 ? url.substring(schemeEnd + 3) : url));
    }

    private static boolean isWebSocket(String protocol) {
        return protocol.equals("ws") || protocol.equals("wss");
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
