package dev.wscope.core.protocol;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The protocol a request speaks and its settings, keyed by the command line's option words (the keys below):
 * each protocol reads the ones it knows. Saved with the request; the passcode like any value may be a
 * {{variable}} of a secret.
 */
public record ProtocolSetup(ProtocolKind kind, Map<String, String> settings) {
    /** Socket.IO: the CONNECT packet's auth payload, a JSON object. */
    public static final String AUTH = "auth";
    /** Socket.IO: the Engine.IO version, 3 (Socket.IO 2) or 4 (Socket.IO 3 and 4, the default). */
    public static final String EIO = "eio";
    /** Socket.IO: the server's path, /socket.io/ unless set. */
    public static final String PATH = "path";
    /** GraphQL: the connection_init payload, a JSON object. */
    public static final String INIT = "init";
    /** STOMP: the CONNECT frame's login, passcode and host (the virtual host) headers. */
    public static final String LOGIN = "login";
    public static final String PASSCODE = "passcode";
    public static final String VHOST = "vhost";
    /** STOMP: the heart-beat header, "cx,cy" in milliseconds. */
    public static final String HEARTBEAT = "heartbeat";

    private static final ProtocolSetup RAW = new ProtocolSetup(ProtocolKind.RAW, Map.of());

    public ProtocolSetup {
        // sorted: a saved request writes them in a stable order
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    public static ProtocolSetup raw() {
        return RAW;
    }

    public static ProtocolSetup of(ProtocolKind kind) {
        return new ProtocolSetup(kind, Map.of());
    }

    public boolean isRaw() {
        return kind == ProtocolKind.RAW;
    }

    /** A setting that is set and not blank. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key)).filter(value -> !value.isBlank());
    }

    public ProtocolSetup with(String key, String value) {
        Map<String, String> changed = new TreeMap<>(settings);
        if (value == null || value.isBlank()) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return new ProtocolSetup(kind, changed);
    }
}
