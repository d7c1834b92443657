package dev.wscope.engine;

import static dev.wscope.engine.TimelineWait.await;
import static dev.wscope.engine.TimelineWait.awaitCount;
import static dev.wscope.engine.TimelineWait.events;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages go out and come back from /echo byte for byte, up to the configured size limit. */
class MessageRoundTripIT {
    private static final int MIB = 1024 * 1024;
    private static final Duration BIG = Duration.ofSeconds(60);

    @RegisterExtension
    final EngineFixture fixture = EngineFixture.perTest();

    private static boolean incoming(TimelineEvent.Message message) {
        return message.direction() == Direction.IN;
    }

    @Test
    void nonAsciiText_echoesByteForByte() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);
        String text = "héllo wörld — 日本語 · emoji 🎉 · RTL שלום · NUL\u0000end · tab\tnewline\n";

        connection.send(OutgoingMessage.text(text));

        TimelineEvent.Message echoed = await(timeline, TimelineEvent.Message.class, MessageRoundTripIT::incoming);
        assertFalse(echoed.binary());
        assertEquals(text, echoed.text());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), echoed.payload());
        TimelineEvent.Message sent = events(timeline, TimelineEvent.Message.class, m -> m.direction() == Direction.OUT).get(0);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), sent.payload());
        assertEquals("sent", sent.kind());
        assertEquals("received", echoed.kind());
    }

    @Test
    void binaryWithAll256ByteValues_echoesByteForByte() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);
        byte[] all = new byte[512];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (i < 256 ? i : 511 - i); // 0..255 then 255..0
        }

        connection.send(new OutgoingMessage(true, all));

        TimelineEvent.Message echoed = await(timeline, TimelineEvent.Message.class, MessageRoundTripIT::incoming);
        assertTrue(echoed.binary());
        assertArrayEquals(all, echoed.payload());
    }

    @Test
    void emptyTextAndEmptyBinary_echoAsEmptyMessagesOfTheirOwnType() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);

        connection.send(OutgoingMessage.text(""));
        connection.send(new OutgoingMessage(true, new byte[0]));
        connection.send(OutgoingMessage.text("after"));

        List<TimelineEvent.Message> echoed = awaitCount(timeline, TimelineEvent.Message.class,
                MessageRoundTripIT::incoming, 3, TimelineWait.DEFAULT);
        assertEquals(3, echoed.size());
        assertFalse(echoed.get(0).binary());
        assertEquals(0, echoed.get(0).payload().length);
        assertTrue(echoed.get(1).binary());
        assertEquals(0, echoed.get(1).payload().length);
        assertEquals("after", echoed.get(2).text());
    }

    @Test
    void manyMessages_echoInTheOrderSent() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);
        for (int i = 0; i < 500; i++) {
            connection.send(i % 2 == 0 ? OutgoingMessage.text("m" + i)
                    : new OutgoingMessage(true, new byte[] {(byte) (i >> 8), (byte) i}));
        }

        List<TimelineEvent.Message> echoed = awaitCount(timeline, TimelineEvent.Message.class,
                MessageRoundTripIT::incoming, 500, TimelineWait.DEFAULT);
        for (int i = 0; i < 500; i++) {
            if (i % 2 == 0) {
                assertEquals("m" + i, echoed.get(i).text());
            } else {
                assertArrayEquals(new byte[] {(byte) (i >> 8), (byte) i}, echoed.get(i).payload());
            }
        }
    }

    @Test
    void tenMebibyteText_roundTripsWithDefaultOptions() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);
        char[] chars = new char[10 * MIB];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ('a' + i % 26);
        }
        String text = new String(chars);

        connection.send(OutgoingMessage.text(text));

        TimelineEvent.Message echoed = await(timeline, TimelineEvent.Message.class, MessageRoundTripIT::incoming, BIG);
        assertEquals(10 * MIB, echoed.payload().length);
        assertEquals(text, echoed.text());
        assertTrue(connection.isOpen(), "a 10 MiB message is under the 64 MiB default: the session stays open");
        assertEquals(List.of(), events(timeline, TimelineEvent.Closed.class));
    }

    @Test
    void tenMebibyteBinary_roundTripsWithDefaultOptions() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);
        byte[] bytes = new byte[10 * MIB];
        new Random(42).nextBytes(bytes);

        connection.send(new OutgoingMessage(true, bytes));

        TimelineEvent.Message echoed = await(timeline, TimelineEvent.Message.class, MessageRoundTripIT::incoming, BIG);
        assertTrue(echoed.binary());
        assertTrue(Arrays.equals(bytes, echoed.payload()), "10 MiB of random bytes came back changed");
        assertTrue(connection.isOpen());
    }

    private ConnectRequest echoWithLimit(long maxMessageBytes) {
        return new ConnectRequest(fixture.server.url("/echo"), List.of(), List.of(), List.of(),
                new ConnectOptions(ConnectOptions.DEFAULT_HANDSHAKE_TIMEOUT_MILLIS, maxMessageBytes));
    }

    @Test
    void maxMessageBytesOfOneMebibyte_closesWith1009ByClientWhenATwoMebibyteEchoArrives() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open(echoWithLimit(MIB), timeline);

        connection.send(new OutgoingMessage(true, new byte[2 * MIB]));

        TimelineEvent.Closed closed = await(timeline, TimelineEvent.Closed.class, c -> true, BIG);
        assertEquals(1009, closed.code());
        assertEquals(ClosedBy.CLIENT, closed.by());
        TimelineEvent.Error error = await(timeline, TimelineEvent.Error.class);
        assertTrue(error.message().contains("2.0 MiB") && error.message().contains("1.0 MiB"), error.message());
        assertEquals(List.of(), events(timeline, TimelineEvent.Message.class, MessageRoundTripIT::incoming),
                "the oversized echo must not be delivered");
        assertFalse(connection.isOpen());
    }

    @Test
    void frameFarBeyondTheLimit_isRefusedAtItsHeaderWith1009ByClient() throws Exception {
        // Tyrus would buffer up to the limit plus 4 MiB of headroom, then close with 1011 "Buffer overflow.";
        // the frame's header already says it is too big, so the connection closes there, before any buffering.
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open(echoWithLimit(MIB), timeline);

        connection.send(new OutgoingMessage(true, new byte[8 * MIB]));

        TimelineEvent.Closed closed = await(timeline, TimelineEvent.Closed.class, c -> true, BIG);
        assertEquals(1009, closed.code());
        assertEquals(ClosedBy.CLIENT, closed.by());
        TimelineEvent.Error error = await(timeline, TimelineEvent.Error.class);
        assertTrue(error.message().startsWith("The server announced a frame of 8388608 bytes (8.0 MiB), over the limit"
                + " of 1.0 MiB"), error.message());
        assertEquals(List.of(), events(timeline, TimelineEvent.Message.class, MessageRoundTripIT::incoming));
    }

    @Test
    void messagesOfExactlyTheLimit_arriveBackToBackWithoutClosingTheSession() throws Exception {
        // Regression: with Tyrus's buffer capped at exactly the limit, the unread rest of one frame plus the
        // next socket read overflowed it, closing the session (1011) on messages well under the limit.
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open(echoWithLimit(MIB), timeline);
        for (int i = 0; i < 5; i++) {
            byte[] bytes = new byte[MIB];
            Arrays.fill(bytes, (byte) i);
            connection.send(new OutgoingMessage(true, bytes));
        }

        List<TimelineEvent.Message> echoed = awaitCount(timeline, TimelineEvent.Message.class,
                MessageRoundTripIT::incoming, 5, BIG);
        for (int i = 0; i < 5; i++) {
            assertEquals(MIB, echoed.get(i).payload().length);
            assertEquals((byte) i, echoed.get(i).payload()[MIB - 1]);
        }
        assertTrue(connection.isOpen());
        assertEquals(List.of(), events(timeline, TimelineEvent.Closed.class));
    }

    @Test
    void textOneByteOverTheLimit_countedInUtf8Bytes_closesWith1009() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open(echoWithLimit(1000), timeline);

        connection.send(OutgoingMessage.text("é".repeat(500)));          // 1000 bytes: at the limit
        connection.send(OutgoingMessage.text("é".repeat(500) + "x"));    // 1001 bytes: over it

        TimelineEvent.Closed closed = await(timeline, TimelineEvent.Closed.class);
        assertEquals(1009, closed.code());
        assertEquals(ClosedBy.CLIENT, closed.by());
        List<TimelineEvent.Message> echoed = events(timeline, TimelineEvent.Message.class, MessageRoundTripIT::incoming);
        assertEquals(1, echoed.size());
        assertEquals("é".repeat(500), echoed.get(0).text());
    }
}
