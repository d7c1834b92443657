package dev.wscope.session;

import dev.wscope.core.payload.OutgoingMessage;
import java.io.IOException;

/** Sends a message on an open connection, recording it on the timeline first; blocks until it is written. */
@FunctionalInterface
public interface Outbound {
    void send(OutgoingMessage message) throws IOException;
}
