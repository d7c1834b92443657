package dev.wscope.core.request;

import dev.wscope.core.protocol.ProtocolSetup;

/**
 * How to connect, beyond the address and its headers: limits and timeouts, TLS, proxy, Origin, redirects,
 * compression, keep-alive pings, reconnection, and whether the server's pings are answered (autoPong: on unless
 * the user tests how a server takes a pong that never comes), and the protocol spoken over the frames (raw unless
 * chosen). Null proxy and origin mean none and the default.
 */
public record ConnectOptions(int handshakeTimeoutMillis, long maxMessageBytes, TlsOptions tls, ProxyOptions proxy,
                             String origin, boolean followRedirects, boolean deflate, int pingIntervalSeconds,
                             ReconnectOptions reconnect, boolean autoPong, ProtocolSetup protocol) {
    public static final int DEFAULT_HANDSHAKE_TIMEOUT_MILLIS = 10_000;
    /** 64 MiB: large enough for real payloads; Tyrus's own 4 MiB default closes with 1011 on bigger messages. */
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 64L * 1024 * 1024;

    public ConnectOptions {
        protocol = protocol == null ? ProtocolSetup.raw() : protocol;
    }

    public ConnectOptions(int handshakeTimeoutMillis, long maxMessageBytes) {
        this(handshakeTimeoutMillis, maxMessageBytes, TlsOptions.defaults());
    }

    public ConnectOptions(int handshakeTimeoutMillis, long maxMessageBytes, TlsOptions tls) {
        this(handshakeTimeoutMillis, maxMessageBytes, tls, null, null, false, false, 0, ReconnectOptions.off(), true,
                ProtocolSetup.raw());
    }

    public static ConnectOptions defaults() {
        return new ConnectOptions(DEFAULT_HANDSHAKE_TIMEOUT_MILLIS, DEFAULT_MAX_MESSAGE_BYTES);
    }

    public ConnectOptions withTls(TlsOptions newTls) {
        return toBuilder().tls(newTls).build();
    }

    public ConnectOptions withProxy(ProxyOptions newProxy) {
        return toBuilder().proxy(newProxy).build();
    }

    public ConnectOptions withOrigin(String newOrigin) {
        return toBuilder().origin(newOrigin).build();
    }

    public ConnectOptions withFollowRedirects(boolean follow) {
        return toBuilder().followRedirects(follow).build();
    }

    public ConnectOptions withDeflate(boolean on) {
        return toBuilder().deflate(on).build();
    }

    public ConnectOptions withPingInterval(int seconds) {
        return toBuilder().pingIntervalSeconds(seconds).build();
    }

    public ConnectOptions withAutoPong(boolean on) {
        return toBuilder().autoPong(on).build();
    }

    public ConnectOptions withProtocol(ProtocolSetup newProtocol) {
        return toBuilder().protocol(newProtocol).build();
    }

    public ConnectOptions withReconnect(ReconnectOptions newReconnect) {
        return toBuilder().reconnect(newReconnect).build();
    }

    /** The defaults, to change some of. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** These options, to change some of. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Options built a setting at a time: the record has eleven components, too many to pass in a row. */
    public static final class Builder {
        private int handshakeTimeoutMillis;
        private long maxMessageBytes;
        private TlsOptions tls;
        private ProxyOptions proxy;
        private String origin;
        private boolean followRedirects;
        private boolean deflate;
        private int pingIntervalSeconds;
        private ReconnectOptions reconnect;
        private boolean autoPong;
        private ProtocolSetup protocol;

        private Builder(ConnectOptions from) {
            handshakeTimeoutMillis = from.handshakeTimeoutMillis;
            maxMessageBytes = from.maxMessageBytes;
            tls = from.tls;
            proxy = from.proxy;
            origin = from.origin;
            followRedirects = from.followRedirects;
            deflate = from.deflate;
            pingIntervalSeconds = from.pingIntervalSeconds;
            reconnect = from.reconnect;
            autoPong = from.autoPong;
            protocol = from.protocol;
        }

        public Builder handshakeTimeoutMillis(int millis) {
            handshakeTimeoutMillis = millis;
            return this;
        }

        public Builder maxMessageBytes(long bytes) {
            maxMessageBytes = bytes;
            return this;
        }

        public Builder tls(TlsOptions value) {
            tls = value;
            return this;
        }

        public Builder proxy(ProxyOptions value) {
            proxy = value;
            return this;
        }

        public Builder origin(String value) {
            origin = value;
            return this;
        }

        public Builder followRedirects(boolean value) {
            followRedirects = value;
            return this;
        }

        public Builder deflate(boolean value) {
            deflate = value;
            return this;
        }

        public Builder pingIntervalSeconds(int seconds) {
            pingIntervalSeconds = seconds;
            return this;
        }

        public Builder reconnect(ReconnectOptions value) {
            reconnect = value;
            return this;
        }

        public Builder autoPong(boolean value) {
            autoPong = value;
            return this;
        }

        public Builder protocol(ProtocolSetup value) {
            protocol = value;
            return this;
        }

        public ConnectOptions build() {
            return new ConnectOptions(handshakeTimeoutMillis, maxMessageBytes, tls, proxy, origin, followRedirects,
                    deflate, pingIntervalSeconds, reconnect, autoPong, protocol);
        }
    }
}
