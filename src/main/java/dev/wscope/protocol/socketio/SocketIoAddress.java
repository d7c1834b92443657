package dev.wscope.protocol.socketio;

import dev.wscope.core.request.KeyValue;
import dev.wscope.core.request.QueryString;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An address as Socket.IO users write it, http://host:3000/admin: the namespace is its path, the server listens at
 * the Socket.IO path (/socket.io/ unless set); what Wscope dials is ws(s)://host:3000/socket.io/?EIO=4&transport=websocket
 * with the user's own query parameters kept. An address already at the Socket.IO path is the namespace "/".
 */
record SocketIoAddress(String engineUrl, String namespace) {
    static final String DEFAULT_PATH = "/socket.io/";

    /** IllegalArgumentException when the address cannot be read (the request's own check says why first). */
    static SocketIoAddress of(String url, String path, int eio) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an address: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String secure = switch (scheme) {
            case "https", "wss" -> "wss";
            case "http", "ws" -> "ws";
            default -> throw new IllegalArgumentException("Socket.IO addresses start with http://, https://, ws:// or wss://");
        };
        String enginePath = path.startsWith("/") ? path : "/" + path;
        String namespace = namespaceOf(uri.getRawPath(), enginePath);
        List<KeyValue> params = new ArrayList<>();
        for (KeyValue param : QueryString.paramsOf(url)) {
            if (!param.name().equals("EIO") && !param.name().equals("transport")) {
                params.add(param);
            }
        }
        params.add(KeyValue.of("EIO", String.valueOf(eio)));
        params.add(KeyValue.of("transport", "websocket"));
        return new SocketIoAddress(QueryString.withParams(secure + "://" + uri.getRawAuthority() + enginePath, params), namespace);
    }

    private static String namespaceOf(String rawPath, String enginePath) {
        String trimmed = rawPath == null ? "" : rawPath.replaceAll("/+$", "");
        if (trimmed.isEmpty() || trimmed.equals(enginePath.replaceAll("/+$", ""))) {
            return SocketIoPacket.DEFAULT_NAMESPACE;
        }
        return trimmed;
    }
}
