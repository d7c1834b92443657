package dev.wscope.core.request;

/**
 * How to connect, beyond the address and its headers: limits and timeouts, TLS, proxy, Origin, redirects,
 * compression, keep-alive pings, reconnection, and whether the server's pings are answered (autoPong: on unless
 * the user tests how a server takes a pong that never comes). Null proxy and origin mean none and the default.
 */
public record ConnectOptions(int handshakeTimeoutMillis, long maxMessageBytes, TlsOptions tls, ProxyOptions proxy,
                             String origin, boolean followRedirects, boolean deflate, int pingIntervalSeconds,
                             ReconnectOptions reconnect, boolean autoPong) {
    public static final int DEFAULT_HANDSHAKE_TIMEOUT_MILLIS = 10_000;
    /** 64 MiB: large enough for real payloads; Tyrus's own 4 MiB default closes with 1011 on bigger messages. */
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 64L * 1024 * 1024;

    public ConnectOptions(int handshakeTimeoutMillis, long maxMessageBytes) {
        this(handshakeTimeoutMillis, maxMessageBytes, TlsOptions.defaults());
    }

    public ConnectOptions(int handshakeTimeoutMillis, long maxMessageBytes, TlsOptions tls) {
        this(handshakeTimeoutMillis, maxMessageBytes, tls, null, null, false, false, 0, ReconnectOptions.off(), true);
    }

    public static ConnectOptions defaults() {
        return new ConnectOptions(DEFAULT_HANDSHAKE_TIMEOUT_MILLIS, DEFAULT_MAX_MESSAGE_BYTES);
    }

    public ConnectOptions withTls(TlsOptions newTls) {
        return new ConnectOptions(handshakeTimeoutMillis, maxMessageBytes, newTls, proxy, origin, followRedirects, deflate,
                pingIntervalSeconds, reconnect, autoPong);
    }

    public ConnectOptions withProxy(ProxyOptions newProxy) {
        return new ConnectOptions(handshakeTimeoutMillis, maxMessageBytes, tls, newProxy, origin, followRedirects, deflate,
                pingIntervalSeconds, reconnect, autoPong);
    }

    public ConnectOptions withOrigin(String newOrigin) {
        return new ConnectOptions(handshakeTimeoutMillis, maxMessageBytes, tls, proxy, newOrigin, followRedirects, deflate,
                pingIntervalSeconds, reconnect, autoPong);
    }

    public ConnectOptions withFollowRedirects(boolean follow) {
        return new ConnectOptions(handshakeTimeoutMillis, maxMessageBytes, tls, proxy, origin, follow, deflate,
                pingIntervalSeconds, reconnect, autoPong);
    }

    public ConnectOptions withDeflate(boolean on) {
        return new ConnectOptions(handshakeTimeoutMillis, maxMessageBytes, tls, proxy, origin, followRedirects, on,
                pingIntervalSeconds, reconnect, autoPong);
    }

    public ConnectOptions withPingInterval(int seconds) {
        return new ConnectOptions(handshakeTimeoutMillis, maxMessageBytes, tls, proxy, origin, followRedirects, deflate,
                seconds, reconnect, autoPong);
    }

    public ConnectOptions withAutoPong(boolean on) {
        return new ConnectOptions(handshakeTimeoutMillis, maxMessageBytes, tls, proxy, origin, followRedirects, deflate,
                pingIntervalSeconds, reconnect, on);
    }

    public ConnectOptions withReconnect(ReconnectOptions newReconnect) {
        return new ConnectOptions(handshakeTimeoutMillis, maxMessageBytes, tls, proxy, origin, followRedirects, deflate,
                pingIntervalSeconds, newReconnect, autoPong);
    }
}
