package dev.wscope.core.protocol;

import dev.wscope.core.timeline.Direction;
import java.util.Optional;

/**
 * Reads frames in a protocol's terms, without state, so that any frame of a timeline, live or saved, decodes on its
 * own (the timeline stores raw frames: a raw flood costs nothing extra). Any thread.
 */
public interface ProtocolCodec {
    ProtocolKind kind();

    /** The frame in the protocol's terms; empty when it is not a frame of this protocol (then shown raw). */
    Optional<Decoded> decode(Direction direction, boolean binary, byte[] payload);

    /**
     * Whether a raw connection shows this protocol: its negotiated subprotocol (null when none) or its first
     * message from the server (an Engine.IO open packet, an Action Cable welcome), so that the window can offer to
     * switch to it in one click.
     */
    boolean recognises(String subprotocol, boolean binary, byte[] firstReceived);
}
