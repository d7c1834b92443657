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
import java.util.Optional;
import java.util.Set;

/** Each protocol's codec (to read frames) and driver (to speak it on a connection). */
public final class Protocols {
    private static final ProtocolCodec SOCKET_IO_CODEC = new SocketIoCodec();

    private Protocols() {
    }

    /** The codec reading frames of this protocol; empty for raw, whose frames are what they are. */
    public static Optional<ProtocolCodec> codec(ProtocolKind kind) {
        return switch (kind) {
            case RAW -> Optional.empty();
            case SOCKET_IO -> Optional.of(SOCKET_IO_CODEC);
            case GRAPHQL -> Optional.of(new GraphQlCodec());
            case STOMP -> Optional.empty();
            case ACTION_CABLE -> Optional.of(new ActionCableCodec());
        };
    }

    /** The verbs of `-m VERB:ARG` the protocol frames (emit, ack; subscribe, complete; ...); none for raw. */
    public static Set<String> verbs(ProtocolKind kind) {
        return switch (kind) {
            case SOCKET_IO -> SocketIoDriver.VERBS;
            case GRAPHQL -> GraphQlDriver.VERBS;
            case RAW, STOMP -> Set.of();
            case ACTION_CABLE -> ActionCableDriver.VERBS;
        };
    }

    /** A new pairing of replies with their requests, for one reading of a timeline (Socket.IO's acks). */
    public static ReplyPairing pairing(ProtocolKind kind) {
        return kind == ProtocolKind.SOCKET_IO ? new AckPairing() : ReplyPairing.NONE;
    }

    /** A driver for one connection; IllegalArgumentException naming a setting that is wrong or a protocol not spoken. */
    public static ProtocolDriver driver(ProtocolSetup setup, SessionTimeline timeline) {
        if (setup.isRaw()) {
            throw new IllegalArgumentException("raw frames need no protocol driver");
        }
        if (setup.kind() == ProtocolKind.GRAPHQL) {
            return new GraphQlDriver(setup, timeline);
        }
        if (setup.kind() == ProtocolKind.ACTION_CABLE) {
            return new ActionCableDriver(timeline);
        }
        if (setup.kind() == ProtocolKind.SOCKET_IO) {
            return new SocketIoDriver(setup, timeline);
        }
        throw new IllegalArgumentException("Wscope does not speak " + setup.kind().title() + " yet");
    }
}
