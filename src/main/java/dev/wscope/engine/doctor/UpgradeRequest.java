package dev.wscope.engine.doctor;

import dev.wscope.core.http.AcceptKey;
import dev.wscope.core.diagnosis.RawRequest;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.timeline.Header;
import dev.wscope.core.variables.UrlCredentials;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The doctor's upgrade request, written by hand so it is known byte for byte, and the Accept it calls for: raw
 * as shown (secrets masked), exact as sent (what a differential probe varies).
 */
record UpgradeRequest(RawRequest raw, RawRequest exact, String expectedAccept) {
    private static final SecureRandom RANDOM = new SecureRandom();

    static UpgradeRequest build(ConnectRequest request, URI uri, String host, int port, boolean secure) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String key = Base64.getEncoder().encodeToString(nonce);
        boolean defaultPort = port == (secure ? 443 : 80);
        String hostHeader = (host.contains(":") ? "[" + host + "]" : host) + (defaultPort ? "" : ":" + port);
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Host", hostHeader));
        headers.add(new Header("Upgrade", "websocket"));
        headers.add(new Header("Connection", "Upgrade"));
        headers.add(new Header("Sec-WebSocket-Key", key));
        headers.add(new Header("Sec-WebSocket-Version", "13"));
        String origin = request.options().origin();
        headers.add(new Header("Origin", origin != null && !origin.isBlank() ? origin.strip()
                : (secure ? "https://" : "http://") + hostHeader));
        if (!request.subprotocols().isEmpty()) {
            headers.add(new Header("Sec-WebSocket-Protocol", String.join(", ", request.subprotocols())));
        }
        if (request.options().deflate()) {
            headers.add(new Header("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits"));
        }
        headers.add(new Header("User-Agent", "Wscope doctor"));
        List<KeyValue> given = UrlCredentials.handshakeHeaders(request);
        for (KeyValue header : given) {
            headers.removeIf(existing -> existing.name().equalsIgnoreCase(header.name()));
        }
        given.forEach(header -> headers.add(new Header(header.name(), header.value())));
        request.cookieHeader().ifPresent(cookie -> headers.add(new Header("Cookie", cookie)));
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String line = "GET " + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1";
        return new UpgradeRequest(new RawRequest(line, UrlCredentials.shown(request, headers)),
                new RawRequest(line, headers), AcceptKey.of(key));
    }

    byte[] bytes() {
        return bytes(exact);
    }

    static byte[] bytes(RawRequest request) {
        StringBuilder text = new StringBuilder(request.line()).append("\r\n");
        request.headers().forEach(header -> text.append(header.name()).append(": ").append(header.value()).append("\r\n"));
        return text.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
