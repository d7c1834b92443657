package dev.wscope.engine;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.session.Outbound;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Writes data messages on a session, one at a time, so that the user's sends and a protocol layer's answers
 * (a heartbeat from the reading thread) never interleave. Pings take the same lock (see LiveConnection).
 */
final class MessageWriter implements Outbound {
    private final Session session;
    private final SessionTimeline timeline;

    MessageWriter(Session session, SessionTimeline timeline) {
        this.session = session;
        this.timeline = timeline;
    }

    /**
     * Records the message, then writes it: recorded after, a fast echo could land on the timeline before
     * the message it answers. A write that fails is followed by an error event.
     */
    @Override
    public synchronized void send(OutgoingMessage message) throws IOException {
        timeline.append(new TimelineEvent.Message(Direction.OUT, message.binary(), message.bytes()));
        try {
            if (message.binary()) {
                session.getBasicRemote().sendBinary(ByteBuffer.wrap(message.bytes()));
            } else {
                session.getBasicRemote().sendText(message.text());
            }
        } catch (IOException | RuntimeException e) {
            timeline.append(new TimelineEvent.Error("The message above was not sent: " + Failures.rootMessage(e)));
            throw e;
        }
    }
}
