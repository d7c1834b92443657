package dev.wscope.protocol;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.Subscription;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.session.Inbound;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One protocol spoken over one connection, between the engine and the session: it dials as the protocol wants,
 * opens the protocol's own session (Socket.IO's CONNECT, STOMP's CONNECT, GraphQL's connection_init), answers
 * its heartbeats by itself, tells when it is ready, and frames what the user composes. A refusal by the server
 * goes on the timeline as an error with the cause protocol-rejected and the server's own words.
 * Thread contract: the Inbound calls come on the engine's reading thread; encode on the sender's thread (in the
 * order the frames go out); everything it shares between the two is guarded.
 */
public interface ProtocolDriver extends Inbound {
    /** The request as this protocol dials it: its address (Socket.IO's /socket.io/?EIO=4&transport=websocket), its subprotocols. */
    ConnectRequest prepare(ConnectRequest request);

    /**
     * Completes once the protocol is ready for messages (connected to the namespace, CONNECTED, connection_ack,
     * welcome); fails with {@link ProtocolRejected} when the server refuses, or when the connection closes first.
     */
    CompletableFuture<Void> ready();

    /** Completes once this message can go: Action Cable's perform waits for its channel's confirmation. */
    default CompletableFuture<Void> readyFor(ProtocolMessage message) {
        return ready();
    }

    /**
     * What the session is subscribed to now, in the order subscribed, each with the message that ends it; none for a
     * protocol without subscriptions. Any thread: a driver keeps it in a thread-safe list.
     */
    default List<Subscription> subscriptions() {
        return List.of();
    }

    /** The frames of this message, in order, or a PayloadException that says what is wrong with it. */
    List<OutgoingMessage> encode(ProtocolMessage message) throws PayloadException;
}
