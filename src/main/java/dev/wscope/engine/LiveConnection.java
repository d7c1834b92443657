package dev.wscope.engine;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.payload.PingPayload;
import dev.wscope.core.timeline.CloseCodes;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.session.Connection;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.glassfish.tyrus.client.ClientManager;

/**
 * An open connection. Thread contract: send, ping and close may be called from any thread except the FX
 * thread (they block until the frame is written); sends are serialised (MessageWriter) so frames never interleave.
 */
public final class LiveConnection implements Connection {
    private final Session session;
    private final TimelineEndpoint endpoint;
    private final SessionTimeline timeline;
    private final ClientManager client;
    private final KeepAlive keepAlive;

    LiveConnection(Session session, TimelineEndpoint endpoint, SessionTimeline timeline, ClientManager client,
                   int pingIntervalSeconds) {
        this.session = session;
        this.endpoint = endpoint;
        this.timeline = timeline;
        this.client = client;
        this.keepAlive = pingIntervalSeconds > 0 ? KeepAlive.start(this, pingIntervalSeconds) : null;
        endpoint.closedFuture().whenComplete((closed, error) -> {
            if (keepAlive != null) {
                keepAlive.stop();
            }
            client.shutdown();
        });
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void send(OutgoingMessage message) throws IOException {
        endpoint.writer().send(message);
    }

    /** Sends a ping (refused past 125 bytes); the pong that answers it carries the round-trip time. */
    @Override
    public void ping(byte[] payload) throws IOException, PayloadException {
        PingPayload.checked(payload);
        synchronized (endpoint.writer()) { // a ping never lands inside a message being written
            timeline.append(TimelineEvent.Control.of(true, Direction.OUT, payload));
            endpoint.pingSent(payload);
            session.getBasicRemote().sendPing(ByteBuffer.wrap(payload));
        }
    }

    /** Sends a close frame; the closed event follows when the server answers or the socket drops. */
    @Override
    public void close(int code, String reason) throws IOException, PayloadException {
        Optional<String> problem = CloseCodes.checkSendable(code, reason);
        if (problem.isPresent()) {
            throw new PayloadException(problem.get());
        }
        CloseReason closeReason = new CloseReason(CloseReason.CloseCodes.getCloseCode(code),
                reason == null ? "" : reason);
        endpoint.markClosingByClient(closeReason);
        session.close(closeReason);
    }

    /** Closes a connection that opened after its attempt was cancelled or timed out: nobody waits for it. */
    void abandon() {
        try {
            close(1001, "connecting cancelled");
        } catch (IOException | PayloadException | RuntimeException e) {
            // the socket goes with the client's shutdown all the same
        }
    }

    /** Completes with the closed event, whoever closed. */
    @Override
    public CompletableFuture<TimelineEvent.Closed> closed() {
        return endpoint.closedFuture();
    }
}
