package dev.wscope.engine;

import static dev.wscope.engine.TimelineWait.await;
import static dev.wscope.engine.TimelineWait.events;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Close codes in both directions, a dropped socket, refused close frames, and pings. */
class CloseAndPingIT {
    @RegisterExtension
    final EngineFixture fixture = EngineFixture.perTest();

    @Test
    void clientCloseWith4001AndReason_isRecordedAsClosedByClientWith4001() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);

        connection.close(4001, "done testing");

        TimelineEvent.Closed closed = connection.closed().get(10, TimeUnit.SECONDS);
        assertEquals(4001, closed.code());
        assertEquals(ClosedBy.CLIENT, closed.by());
        assertEquals("done testing", closed.reason());
        assertEquals(closed, await(timeline, TimelineEvent.Closed.class));
        assertEquals(1, events(timeline, TimelineEvent.Closed.class).size());
        assertFalse(connection.isOpen());
    }

    @Test
    void serverCloseWith4002Bye_isRecordedAsClosedByServerWithItsReason() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/close?code=4002&reason=bye", timeline);

        TimelineEvent.Closed closed = connection.closed().get(10, TimeUnit.SECONDS);
        assertEquals(4002, closed.code());
        assertEquals("bye", closed.reason());
        assertEquals(ClosedBy.SERVER, closed.by());
        assertEquals(List.of(closed), events(timeline, TimelineEvent.Closed.class));
        assertEquals(List.of(), events(timeline, TimelineEvent.Error.class));
    }

    @Test
    void serverDroppingTheSocket_isRecordedAs1006ByNetwork() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/drop", timeline);

        TimelineEvent.Closed closed = connection.closed().get(10, TimeUnit.SECONDS);
        assertEquals(1006, closed.code());
        assertEquals(ClosedBy.NETWORK, closed.by());
        assertFalse(connection.isOpen());
    }

    @Test
    void closeWith1005_throwsPayloadExceptionAndSendsNothing() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);

        PayloadException refused = assertThrows(PayloadException.class, () -> connection.close(1005, ""));
        assertTrue(refused.getMessage().contains("1005"), refused.getMessage());

        assertStillOpenAndEchoing(connection, timeline);
    }

    @Test
    void closeWithReasonOver123Bytes_throwsPayloadExceptionAndSendsNothing() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);
        String reason = "é".repeat(62); // 124 bytes of UTF-8 in 62 characters

        PayloadException refused = assertThrows(PayloadException.class, () -> connection.close(1000, reason));
        assertTrue(refused.getMessage().contains("124"), refused.getMessage());

        assertStillOpenAndEchoing(connection, timeline);
    }

    @Test
    void closeWithReasonOfExactly123Bytes_isSentAndRecorded() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);
        String reason = "r".repeat(123);

        connection.close(1000, reason);

        TimelineEvent.Closed closed = connection.closed().get(10, TimeUnit.SECONDS);
        assertEquals(1000, closed.code());
        assertEquals(reason, closed.reason());
        assertEquals(ClosedBy.CLIENT, closed.by());
    }

    private static void assertStillOpenAndEchoing(LiveConnection connection, SessionTimeline timeline)
            throws Exception {
        assertTrue(connection.isOpen());
        connection.send(OutgoingMessage.text("still here"));
        TimelineEvent.Message echoed = await(timeline, TimelineEvent.Message.class, m -> m.direction() == Direction.IN);
        assertEquals("still here", echoed.text());
        assertEquals(List.of(), events(timeline, TimelineEvent.Closed.class));
        assertFalse(connection.closed().isDone());
    }

    @Test
    void ping_isAnsweredByAPongWithTheSamePayload() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);
        byte[] payload = "ping-42 ✓".getBytes(StandardCharsets.UTF_8);

        connection.ping(payload);

        TimelineEvent.Control pong = await(timeline, TimelineEvent.Control.class, c -> !c.ping());
        assertEquals("pong", pong.kind());
        assertEquals(Direction.IN, pong.direction());
        assertArrayEquals(payload, pong.payload());
        TimelineEvent.Control ping = events(timeline, TimelineEvent.Control.class, TimelineEvent.Control::ping).get(0);
        assertEquals(Direction.OUT, ping.direction());
        assertArrayEquals(payload, ping.payload());
    }

    @Test
    void pingOf125Bytes_isAllowed_andPongCarriesAllOfIt() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);
        byte[] payload = new byte[125];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (255 - i);
        }

        connection.ping(payload);

        TimelineEvent.Control pong = await(timeline, TimelineEvent.Control.class, c -> !c.ping());
        assertArrayEquals(payload, pong.payload());
    }

    @Test
    void pingOver125Bytes_isRefusedAndNothingIsSent() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);

        PayloadException refused = assertThrows(PayloadException.class, () -> connection.ping(new byte[126]));
        assertTrue(refused.getMessage().contains("125"), refused.getMessage());

        assertEquals(List.of(), events(timeline, TimelineEvent.Control.class));
        assertStillOpenAndEchoing(connection, timeline);
        assertEquals(List.of(), events(timeline, TimelineEvent.Control.class), "no pong came back for a ping never sent");
    }
}
