package dev.wscope.core.request;

/** How to connect, beyond the address: limits, timeouts and TLS. */
public record ConnectOptions(int handshakeTimeoutMillis, long maxMessageBytes, TlsOptions tls) {
    public static final int DEFAULT_HANDSHAKE_TIMEOUT_MILLIS = 10_000;
    /** 64 MiB: large enough for real payloads; Tyrus's own 4 MiB default closes with 1011 on bigger messages. */
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 64L * 1024 * 1024;

    public ConnectOptions(int handshakeTimeoutMillis, long maxMessageBytes) {
        this(handshakeTimeoutMillis, maxMessageBytes, TlsOptions.defaults());
    }

    public static ConnectOptions defaults() {
        return new ConnectOptions(DEFAULT_HANDSHAKE_TIMEOUT_MILLIS, DEFAULT_MAX_MESSAGE_BYTES);
    }

    public ConnectOptions withTls(TlsOptions tls) {
        return new ConnectOptions(handshakeTimeoutMillis, maxMessageBytes, tls);
    }
}
