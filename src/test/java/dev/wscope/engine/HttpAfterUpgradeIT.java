package dev.wscope.engine;

import static dev.wscope.engine.TimelineWait.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.ScriptPeer;
import org.junit.jupiter.api.Test;

/**
 * A real Socket.IO 4 server asked for Engine.IO 3: it answers 101, then writes an HTTP 400 into the connection.
 * The session says so in the server's words, where it said "fragmented close frame".
 */
class HttpAfterUpgradeIT {
    @Test
    void socketIoWritingHttpAfterThe101_isQuoted_andClosed1002() throws Exception {
        try (ScriptPeer socketIo = ScriptPeer.node("socketio-server.js");
             EngineFixture fixture = new EngineFixture()) {
            SessionTimeline timeline = new SessionTimeline();
            fixture.open(ConnectRequest.of(socketIo.url("/socket.io/?EIO=3&transport=websocket")), timeline);

            TimelineEvent.Error error = await(timeline, TimelineEvent.Error.class);
            TimelineEvent.Closed closed = await(timeline, TimelineEvent.Closed.class);

            assertTrue(error.message().contains("\"HTTP/1.1 400 Bad Request"), error.message());
            assertTrue(error.message().contains("Unsupported protocol version"), error.message());
            assertEquals(1002, closed.code());
            assertEquals(ClosedBy.CLIENT, closed.by());
        }
    }
}
