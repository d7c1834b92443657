package dev.wscope.session;

import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.Subscription;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An open connection that speaks a protocol (the protocol layer's, dev.wscope.protocol): besides raw frames it
 * sends messages in the protocol's terms. Thread contract: as {@link Connection}.
 */
public interface SpokenConnection extends Connection {
    /** Completes once the protocol's own session is open; fails when the server refused it. */
    CompletableFuture<Void> ready();

    /**
     * Waits, at most timeoutMillis, until the protocol is ready for the message, then sends its frames; fails with
     * the server's refusal, what is wrong with the message, or that the wait ran out.
     */
    void send(ProtocolMessage message, long timeoutMillis) throws IOException, PayloadException, InterruptedException;

    /** What the protocol session is subscribed to now, each with the message that ends it. */
    List<Subscription> subscriptions();
}
