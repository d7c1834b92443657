package dev.wscope.core.diagnosis;

/** Why a connection failed: the cause codes of CONTRACT.md's `doctor --json`. */
public enum Cause {
    INVALID_URL("invalid-url"),
    DNS_FAILURE("dns-failure"),
    CONNECTION_REFUSED("connection-refused"),
    CONNECT_TIMEOUT("connect-timeout"),
    TLS_UNTRUSTED_CERTIFICATE("tls-untrusted-certificate"),
    TLS_HOSTNAME_MISMATCH("tls-hostname-mismatch"),
    TLS_EXPIRED_CERTIFICATE("tls-expired-certificate"),
    TLS_HANDSHAKE_FAILURE("tls-handshake-failure"),
    PROXY_DROPPED_UPGRADE("proxy-dropped-upgrade"),
    NOT_UPGRADED("not-upgraded"),
    UNAUTHORIZED("unauthorized"),
    FORBIDDEN_ORIGIN("forbidden-origin"),
    NOT_FOUND("not-found"),
    REDIRECT("redirect"),
    SERVER_ERROR("server-error"),
    BAD_ACCEPT_KEY("bad-accept-key"),
    SUBPROTOCOL_MISMATCH("subprotocol-mismatch"),
    EXTENSION_MISMATCH("extension-mismatch"),
    PROTOCOL_VIOLATION("protocol-violation"),
    VERSION_MISMATCH("version-mismatch"),
    HANDSHAKE_TIMEOUT("handshake-timeout"),
    PLAIN_TO_TLS_PORT("plain-to-tls-port"),
    FORBIDDEN("forbidden"),
    SOCKET_IO_HANDSHAKE("socket-io-handshake"),
    CLOSED_AT_ONCE("closed-at-once"),
    NOT_WEBSOCKET_FRAMES("not-websocket-frames"),
    /** The WebSocket opened but the protocol spoken over it (Socket.IO, STOMP, GraphQL, Action Cable) was refused. */
    PROTOCOL_REJECTED("protocol-rejected");

    private final String code;

    Cause(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
