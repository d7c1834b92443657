package dev.wscope.protocol;

import dev.wscope.core.protocol.ProtocolCodec;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.protocol.actioncable.ActionCableCodec;
import dev.wscope.protocol.actioncable.ActionCableDriver;
import dev.wscope.protocol.graphql.GraphQlCodec;
import dev.wscope.protocol.graphql.GraphQlDriver;
import dev.wscope.protocol.socketio.AckPairing;
import dev.wscope.protocol.socketio.SocketIoCodec;
import dev.wscope.protocol.socketio.SocketIoDriver;
import dev.wscope.protocol.stomp.StompCodec;
import dev.wscope.protocol.stomp.StompDriver;
import java.util.Optional;
import java.util.Set;

/** Each protocol's codec (to read frames) and driver (to speak it on a connection). */
public final class Protocols {
    /** Codecs keep no state: one of each serves every reader, on any thread. */
    private static final ProtocolCodec SOCKET_IO_CODEC = new SocketIoCodec();
    private static final ProtocolCodec GRAPHQL_CODEC = new GraphQlCodec();
    private static final ProtocolCodec STOMP_CODEC = new StompCodec();
    private static final ProtocolCodec ACTION_CABLE_CODEC = new ActionCableCodec();

    private Protocols() {
    }

    /** The codec reading frames of this protocol; empty for raw, whose frames are what they are. */
    public static Optional<ProtocolCodec> codec(ProtocolKind kind) {
        return switch (kind) {
            case RAW -> Optional.empty();
            case SOCKET_IO -> Optional.of(SOCKET_IO_CODEC);
            case GRAPHQL -> Optional.of(GRAPHQL_CODEC);
            case STOMP -> Optional.of(STOMP_CODEC);
            case ACTION_CABLE -> Optional.of(ACTION_CABLE_CODEC);
        };
    }

    /** The verbs of `-m VERB:ARG` the protocol frames (emit, ack; subscribe, complete; ...); none for raw. */
    public static Set<String> verbs(ProtocolKind kind) {
        return switch (kind) {
            case RAW -> Set.of();
            case SOCKET_IO -> SocketIoDriver.VERBS;
            case GRAPHQL -> GraphQlDriver.VERBS;
            case STOMP -> StompDriver.VERBS;
            case ACTION_CABLE -> ActionCableDriver.VERBS;
        };
    }

    /** A new pairing of replies with their requests, for one reading of a timeline (Socket.IO's acks). */
    public static ReplyPairing pairing(ProtocolKind kind) {
        return kind == ProtocolKind.SOCKET_IO ? new AckPairing() : ReplyPairing.NONE;
    }

    /** A driver for one connection; IllegalArgumentException naming a setting that is wrong (or for raw). */
    public static ProtocolDriver driver(ProtocolSetup setup, SessionTimeline timeline) {
        return switch (setup.kind()) {
            case RAW -> throw new IllegalArgumentException("raw frames need no protocol driver");
            case SOCKET_IO -> new SocketIoDriver(setup, timeline);
            case GRAPHQL -> new GraphQlDriver(setup, timeline);
            case STOMP -> new StompDriver(setup, timeline);
            case ACTION_CABLE -> new ActionCableDriver(timeline);
        };
    }
}
