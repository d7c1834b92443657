package dev.wscope.engine.doctor;

import dev.wscope.core.request.ProxyOptions;
import java.net.URI;

/** Where the doctor goes: the WebSocket host and port, and the host and port it dials (a proxy's, if any). */
record Target(URI uri, boolean secure, String host, int port, ProxyOptions proxy) {
    static Target of(URI uri, ProxyOptions proxy) {
        boolean secure = "wss".equals(uri.getScheme());
        String host = uri.getHost().replaceAll("^\\[|\\]$", "");
        int port = uri.getPort() < 0 ? (secure ? 443 : 80) : uri.getPort();
        return new Target(uri, secure, host, port, proxy);
    }

    String dialHost() {
        return proxy == null ? host : proxy.host();
    }

    int dialPort() {
        return proxy == null ? port : proxy.port();
    }

    /** host:port as a CONNECT request names it (IPv6 in brackets). */
    String authority() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
