package dev.wscope.session;

import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import java.util.concurrent.CompletableFuture;

/**
 * The port through which a session opens connections: the engine implements it over Tyrus, tests with a fake,
 * and the protocol layer wraps it. Every step of the attempt is recorded on the timeline, a failure included.
 */
public interface Connector {
    /**
     * Opens a connection for the request; the future fails with a message fit for the user, and cancelling it
     * stops the attempt. inbound, when not null, hears every message received (see {@link Inbound}).
     */
    CompletableFuture<? extends Connection> connect(ConnectRequest request, SessionTimeline timeline, Inbound inbound);

    /** A raw connection: nothing listens beside the timeline. */
    default CompletableFuture<? extends Connection> connect(ConnectRequest request, SessionTimeline timeline) {
        return connect(request, timeline, null);
    }
}
