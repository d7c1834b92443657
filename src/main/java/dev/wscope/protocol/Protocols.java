package dev.wscope.protocol;

import dev.wscope.core.protocol.ProtocolCodec;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.protocol.actioncable.ActionCableCodec;
import dev.wscope.protocol.actioncable.ActionCableDriver;
import dev.wscope.protocol.stomp.StompCodec;
import dev.wscope.protocol.stomp.StompDriver;
import java.util.Optional;
import java.util.Set;

/** Each protocol's codec (to read frames) and driver (to speak it on a connection). */
public final class Protocols {
    private Protocols() {
    }

    /** The codec reading frames of this protocol; empty for raw, whose frames are what they are. */
    public static Optional<ProtocolCodec> codec(ProtocolKind kind) {
        return switch (kind) {
            case RAW -> Optional.empty();
            case SOCKET_IO, GRAPHQL -> Optional.empty();
            case STOMP -> Optional.of(new StompCodec());
            case ACTION_CABLE -> Optional.of(new ActionCableCodec());
        };
    }

    /** The verbs of `-m VERB:ARG` the protocol frames (emit, ack; subscribe, complete; ...); none for raw. */
    public static Set<String> verbs(ProtocolKind kind) {
        return switch (kind) {
            case RAW, SOCKET_IO, GRAPHQL -> Set.of();
            case STOMP -> StompDriver.VERBS;
            case ACTION_CABLE -> ActionCableDriver.VERBS;
        };
    }

    /** A driver for one connection; IllegalArgumentException naming a setting that is wrong or a protocol not spoken. */
    public static ProtocolDriver driver(ProtocolSetup setup, SessionTimeline timeline) {
        if (setup.isRaw()) {
            throw new IllegalArgumentException("raw frames need no protocol driver");
        }
        if (setup.kind() == ProtocolKind.STOMP) {
            return new StompDriver(setup, timeline);
        }
        if (setup.kind() == ProtocolKind.ACTION_CABLE) {
            return new ActionCableDriver(timeline);
        }
        throw new IllegalArgumentException("Wscope does not speak " + setup.kind().title() + " yet");
    }
}
