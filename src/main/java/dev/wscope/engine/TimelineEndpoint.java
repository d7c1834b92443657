package dev.wscope.engine;

import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Extension;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Tyrus endpoint of one connection: every callback becomes a timeline event. Callbacks run on Tyrus
 * threads and touch only the timeline and the close future.
 */
final class TimelineEndpoint extends Endpoint {
    private final SessionTimeline timeline;
    private final AtomicBoolean closingByClient = new AtomicBoolean();
    private final CompletableFuture<TimelineEvent.Closed> closed = new CompletableFuture<>();

    TimelineEndpoint(SessionTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.addMessageHandler(String.class, text -> timeline.append(TimelineEvent.Message.text(Direction.IN, text)));
        session.addMessageHandler(ByteBuffer.class, bytes -> timeline.append(
                TimelineEvent.Message.binary(Direction.IN, copy(bytes))));
        session.addMessageHandler(PongMessage.class, (MessageHandler.Whole<PongMessage>) pong -> timeline.append(
                TimelineEvent.Control.of(false, Direction.IN, copy(pong.getApplicationData()))));
        String subprotocol = session.getNegotiatedSubprotocol();
        timeline.append(new TimelineEvent.Opened(subprotocol == null || subprotocol.isEmpty() ? null : subprotocol,
                session.getNegotiatedExtensions().stream().map(Extension::getName).toList()));
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        int code = reason.getCloseCode().getCode();
        ClosedBy by = code == CloseReason.CloseCodes.CLOSED_ABNORMALLY.getCode() ? ClosedBy.NETWORK
                : closingByClient.get() ? ClosedBy.CLIENT : ClosedBy.SERVER;
        TimelineEvent.Closed event = new TimelineEvent.Closed(code, reason.getReasonPhrase(), by);
        timeline.append(event);
        closed.complete(event);
    }

    @Override
    public void onError(Session session, Throwable error) {
        timeline.append(new TimelineEvent.Error(Failures.describe(error)));
    }

    void markClosingByClient() {
        closingByClient.set(true);
    }

    CompletableFuture<TimelineEvent.Closed> closedFuture() {
        return closed;
    }

    private static byte[] copy(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
