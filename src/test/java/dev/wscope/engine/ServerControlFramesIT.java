package dev.wscope.engine;

import static dev.wscope.engine.TimelineWait.await;
import static dev.wscope.engine.TimelineWait.awaitCount;
import static dev.wscope.engine.TimelineWait.events;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.HostilePeer;
import dev.wscope.testing.ScriptPeer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server's control frames on the timeline, from real servers: Python websockets pinging every 0.5 s (its
 * keepalive), Node ws closing with no status code, and raw peers sending exactly the frames under test.
 */
class ServerControlFramesIT {
    private static final Duration AT_ONCE = Duration.ofSeconds(3);

    @RegisterExtension
    final EngineFixture fixture = EngineFixture.perTest();

    private static ConnectRequest request(String url, boolean autoPong) {
        return new ConnectRequest(url, List.of(), List.of(), List.of(),
                ConnectOptions.defaults().withAutoPong(autoPong));
    }

    @Test
    void pythonWebsocketsPingingEveryHalfSecond_showsEachPingIn_answeredByAPongOutWithItsPayload() throws Exception {
        try (ScriptPeer python = ScriptPeer.python("pinging_server.py", "0.5", "1")) {
            SessionTimeline timeline = new SessionTimeline();
            LiveConnection connection = fixture.open(request(python.url("/"), true), timeline);

            List<TimelineEvent.Control> pings = awaitCount(timeline, TimelineEvent.Control.class,
                    c -> c.ping() && c.direction() == Direction.IN, 2, Duration.ofSeconds(4));
            connection.send(OutgoingMessage.text("pongs?"));
            TimelineEvent.Message count = await(timeline, TimelineEvent.Message.class,
                    m -> m.direction() == Direction.IN && m.text().startsWith("pongs: "));

            List<TimelineEntry> all = timeline.all();
            for (TimelineEvent.Control ping : pings.subList(0, 2)) {
                assertEquals(4, ping.payload().length, "websockets pings with 4 random bytes");
                int at = indexOf(all, ping);
                TimelineEvent pong = all.get(at + 1).event();
                assertTrue(pong instanceof TimelineEvent.Control c && !c.ping() && c.direction() == Direction.OUT
                        && java.util.Arrays.equals(c.payload(), ping.payload()), "the pong right after the ping: " + pong);
            }
            assertTrue(Integer.parseInt(count.text().substring(7)) >= 2, "the server read our pongs: " + count.text());
            assertEquals(List.of(), events(timeline, TimelineEvent.Closed.class));
        }
    }

    @Test
    void autoPongOff_serverPingsShowButNoPongGoesOut_andWebsocketsClosesAtItsPingTimeout() throws Exception {
        try (ScriptPeer python = ScriptPeer.python("pinging_server.py", "0.5", "1")) {
            SessionTimeline timeline = new SessionTimeline();
            LiveConnection connection = fixture.open(request(python.url("/"), false), timeline);

            await(timeline, TimelineEvent.Control.class, c -> c.ping() && c.direction() == Direction.IN, AT_ONCE);
            connection.send(OutgoingMessage.text("pongs?"));
            TimelineEvent.Message count = await(timeline, TimelineEvent.Message.class,
                    m -> m.direction() == Direction.IN && m.text().startsWith("pongs: "), AT_ONCE);
            TimelineEvent.Closed closed = connection.closed().get(5, java.util.concurrent.TimeUnit.SECONDS);

            assertEquals("pongs: 0", count.text(), "no pong on the wire");
            assertEquals(List.of(), events(timeline, TimelineEvent.Control.class, c -> !c.ping()));
            assertEquals(1011, closed.code(), closed.toString());
            assertEquals("keepalive ping timeout", closed.reason());
            assertEquals(ClosedBy.SERVER, closed.by());
        }
    }

    @Test
    void nodeWsCloseWithNoCode_isClosed1005ByServer_withNoError() throws Exception {
        try (ScriptPeer node = ScriptPeer.node("close_without_code.js")) {
            SessionTimeline timeline = new SessionTimeline();
            LiveConnection connection = fixture.open(request(node.url("/"), true), timeline);

            TimelineEvent.Closed closed = connection.closed().get(5, java.util.concurrent.TimeUnit.SECONDS);

            assertEquals(new TimelineEvent.Closed(1005, "", ClosedBy.SERVER), closed);
            assertEquals(List.of(), events(timeline, TimelineEvent.Error.class));
            assertEquals("bye", await(timeline, TimelineEvent.Message.class).text());
        }
    }

    @Test
    void socketIoHeartbeatTimeout_isClosed1005ByServer_withNoError() throws Exception {
        try (ScriptPeer node = ScriptPeer.node("socketio_heartbeat.js")) {
            SessionTimeline timeline = new SessionTimeline();
            LiveConnection connection = fixture.open(request(node.url("/socket.io/?EIO=4&transport=websocket"), true),
                    timeline);

            TimelineEvent.Closed closed = connection.closed().get(5, java.util.concurrent.TimeUnit.SECONDS);

            assertEquals(new TimelineEvent.Closed(1005, "", ClosedBy.SERVER), closed);
            assertEquals(List.of(), events(timeline, TimelineEvent.Error.class));
            assertEquals("2", events(timeline, TimelineEvent.Message.class).get(1).text(), "engine.io's ping, unanswered");
        }
    }

    @Test
    void rawCloseFrameWithNoCode_isClosed1005ByServer_andAnsweredWithAClose() throws Exception {
        try (HostilePeer peer = new HostilePeer((head, out) -> {
            out.write(HostilePeer.switching(head, ""));
            out.write(new byte[] {(byte) 0x88, 0});
        })) {
            SessionTimeline timeline = new SessionTimeline();
            fixture.open(ConnectRequest.of(peer.url("ws")), timeline);

            TimelineEvent.Closed closed = await(timeline, TimelineEvent.Closed.class, c -> true, AT_ONCE);

            assertEquals(new TimelineEvent.Closed(1005, "", ClosedBy.SERVER), closed);
            assertEquals(List.of(), events(timeline, TimelineEvent.Error.class));
            assertEquals(1000, peer.clientCloseCode(AT_ONCE), "Tyrus answers a close frame with no code with 1000");
        }
    }

    @Test
    void rawPingTrickledAByteAtATime_betweenTwoMessages_keepsItsPlaceAndIsAnswered() throws Exception {
        byte[] stream = concat(text("one"), ping("heartbeat 7"), text("two"));
        try (HostilePeer peer = new HostilePeer((head, out) -> {
            out.write(HostilePeer.switching(head, ""));
            for (byte one : stream) {
                out.write(one);
                out.flush();
                Thread.sleep(2);
            }
        })) {
            SessionTimeline timeline = new SessionTimeline();
            fixture.open(ConnectRequest.of(peer.url("ws")), timeline);

            await(timeline, TimelineEvent.Message.class, m -> m.text().equals("two"), AT_ONCE);

            List<String> kinds = timeline.all().stream().map(TimelineEntry::event)
                    .filter(e -> e instanceof TimelineEvent.Message || e instanceof TimelineEvent.Control)
                    .map(e -> e.kind() + " " + e.direction().wire()).toList();
            assertEquals(List.of("received in", "ping in", "pong out", "received in"), kinds);
            TimelineEvent.Control ping = events(timeline, TimelineEvent.Control.class).get(0);
            assertArrayEquals("heartbeat 7".getBytes(StandardCharsets.UTF_8), ping.payload());
        }
    }

    @Test
    void rawPingOver125Bytes_closes1002_namingIt() throws Exception {
        try (HostilePeer peer = new HostilePeer((head, out) -> {
            out.write(HostilePeer.switching(head, ""));
            out.write(HostilePeer.header(0x89, 200, false));
            out.write(new byte[200]);
        })) {
            SessionTimeline timeline = new SessionTimeline();
            fixture.open(ConnectRequest.of(peer.url("ws")), timeline);

            TimelineEvent.Closed closed = await(timeline, TimelineEvent.Closed.class, c -> true, AT_ONCE);
            TimelineEvent.Error error = await(timeline, TimelineEvent.Error.class, e -> true, AT_ONCE);

            assertEquals(1002, closed.code());
            assertEquals(1002, peer.clientCloseCode(AT_ONCE));
            assertTrue(error.message().startsWith("The server sent a ping frame of 200 bytes, where RFC 6455 (5.5)"
                    + " allows at most 125"), error.message());
            assertEquals(List.of(), events(timeline, TimelineEvent.Control.class));
        }
    }

    @Test
    void aPongAnsweringOurPing_carriesTheRoundTrip_anUnaskedOneDoesNot() throws Exception {
        byte[] unasked = "nobody asked".getBytes(StandardCharsets.UTF_8);
        try (HostilePeer peer = new HostilePeer((head, out) -> {
            out.write(HostilePeer.switching(head, ""));
            out.write(concat(HostilePeer.header(0x8A, unasked.length, false), unasked));
        })) {
            SessionTimeline timeline = new SessionTimeline();
            fixture.open(ConnectRequest.of(peer.url("ws")), timeline);

            TimelineEvent.Control pong = await(timeline, TimelineEvent.Control.class, c -> !c.ping(), AT_ONCE);

            assertArrayEquals(unasked, pong.payload());
            assertNull(pong.roundTrip());
        }
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection echo = fixture.open("/echo", timeline);
        long before = System.nanoTime();
        echo.ping("rtt-1".getBytes(StandardCharsets.UTF_8));

        TimelineEvent.Control pong = await(timeline, TimelineEvent.Control.class, c -> !c.ping(), AT_ONCE);
        long most = System.nanoTime() - before;

        assertTrue(pong.roundTrip() != null && !pong.roundTrip().isNegative() && pong.roundTrip().toNanos() <= most,
                "a round trip within the " + most + " ns the test waited: " + pong.roundTrip());
    }

    private static int indexOf(List<TimelineEntry> all, TimelineEvent event) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).event() == event) {
                return i;
            }
        }
        throw new AssertionError("not on the timeline: " + event);
    }

    private static byte[] text(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        return concat(HostilePeer.header(0x81, payload.length, false), payload);
    }

    private static byte[] ping(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        return concat(HostilePeer.header(0x89, payload.length, false), payload);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
