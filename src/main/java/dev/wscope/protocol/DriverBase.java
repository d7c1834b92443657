package dev.wscope.protocol;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.session.Outbound;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every protocol's driver shares: the connection to answer on, the ready future, a refusal recorded in the
 * server's words, and a close before readiness failing whoever waits. A driver adds its handshake, decoding and
 * framing.
 */
public abstract class DriverBase implements ProtocolDriver {
    private static final Logger LOG = LoggerFactory.getLogger(DriverBase.class);

    protected final SessionTimeline timeline;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile Outbound out;

    protected DriverBase(SessionTimeline timeline) {
        this.timeline = timeline;
    }

    /** Keeps the connection, then {@link #start()}: the protocol's opening frame goes here. */
    @Override
    public final void opened(Outbound outbound) {
        this.out = outbound;
        start();
    }

    /** The connection opened: send what opens the protocol's own session, if the client speaks first. */
    protected abstract void start();

    @Override
    public CompletableFuture<Void> ready() {
        return ready;
    }

    /** The protocol's session is open: messages may go. */
    protected final void markReady() {
        ready.complete(null);
    }

    /**
     * The server refused, in its own words (what to try after them): an error event with the cause
     * protocol-rejected, and whoever waits for readiness fails with it.
     */
    protected final void rejected(String words) {
        timeline.append(new TimelineEvent.Error(words, ProtocolRejected.CAUSE));
        ready.completeExceptionally(new ProtocolRejected(words));
    }

    /** The connection closed; a driver with timers stops them too (and calls this). */
    @Override
    public void closed() {
        ready.completeExceptionally(new IllegalStateException("the connection closed before the protocol was ready"));
    }

    /**
     * Sends a frame of the protocol's own (a heartbeat's answer, a handshake): it goes on the timeline like any;
     * a failure to write is already there as an error event, so it is only logged.
     */
    protected final void sendOwn(OutgoingMessage frame) {
        Outbound now = out;
        if (now == null) {
            return;
        }
        try {
            now.send(frame);
        } catch (IOException | RuntimeException e) {
            LOG.info("a protocol frame was not sent", e);
        }
    }
}
