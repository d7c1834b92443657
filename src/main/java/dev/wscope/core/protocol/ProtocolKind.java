package dev.wscope.core.protocol;

import dev.wscope.core.timeline.TimelineEvent;
import java.util.Arrays;
import java.util.Optional;

/** The protocols Wscope speaks over WebSocket; raw is the frames themselves, the default. */
public enum ProtocolKind {
    RAW("raw", "Raw"),
    SOCKET_IO("socket.io", "Socket.IO"),
    GRAPHQL("graphql", "GraphQL"),
    STOMP("stomp", "STOMP"),
    ACTION_CABLE("actioncable", "Action Cable");

    private final String id;
    private final String title;

    ProtocolKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The word of `--protocol`, of collection files and of the JSON's "protocol" object. */
    public String id() {
        return id;
    }

    /** The name a user reads. */
    public String title() {
        return title;
    }

    public static Optional<ProtocolKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    /** The protocol a connection attempt spoke, as its connecting event names it: raw when none (or unknown). */
    public static ProtocolKind spokenOn(TimelineEvent.Connecting connecting) {
        return connecting.protocol() == null ? RAW : byId(connecting.protocol()).orElse(RAW);
    }

    /** The ids, "raw|socket.io|...", for a message that lists them. */
    public static String ids() {
        return String.join("|", Arrays.stream(values()).map(ProtocolKind::id).toList());
    }
}
