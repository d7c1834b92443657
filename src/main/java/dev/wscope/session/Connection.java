package dev.wscope.session;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.timeline.TimelineEvent;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * The port of an open connection. Thread contract: send, ping and close block until the frame is written, so
 * they are called off the FX thread; each records its frame on the session's timeline.
 */
public interface Connection {
    void send(OutgoingMessage message) throws IOException;

    void ping(byte[] payload) throws IOException, PayloadException;

    /** Sends a close frame; {@link #closed()} completes when the peer answers or the socket drops. */
    void close(int code, String reason) throws IOException, PayloadException;

    /** Completes with the closed event, whoever closed. */
    CompletableFuture<TimelineEvent.Closed> closed();
}
