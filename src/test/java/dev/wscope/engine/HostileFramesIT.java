package dev.wscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.HostilePeer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A raw-socket server that completes the handshake, then sends frames Wscope must refuse at once. */
class HostileFramesIT {
    private static final Duration AT_ONCE = Duration.ofSeconds(3);

    /** What the timeline says after the peer wrote these bytes past its 101; the connection must have closed. */
    private static Refused refusedAfter(byte[]... frames) throws Exception {
        try (EngineFixture fixture = new EngineFixture(); HostilePeer peer = new HostilePeer((head, out) -> {
            out.write(HostilePeer.switching(head, ""));
            for (byte[] frame : frames) {
                out.write(frame);
            }
        })) {
            SessionTimeline timeline = new SessionTimeline();
            fixture.open(ConnectRequest.of(peer.url("ws")), timeline);
            TimelineEvent.Closed closed = TimelineWait.await(timeline, TimelineEvent.Closed.class, event -> true, AT_ONCE);
            TimelineEvent.Error error = TimelineWait.await(timeline, TimelineEvent.Error.class, event -> true, AT_ONCE);
            return new Refused(closed, error.message(), peer.clientCloseCode(AT_ONCE),
                    TimelineWait.events(timeline, TimelineEvent.Message.class).size());
        }
    }

    private record Refused(TimelineEvent.Closed closed, String error, int closeCodeSent, int messages) {
    }

    @Test
    void frameAnnouncing200MiB_closes1009AtItsHeader_namingSizeAndLimit() throws Exception {
        Refused refused = refusedAfter(HostilePeer.header(0x82, 200L << 20, false));

        assertEquals(1009, refused.closed().code(), refused.toString());
        assertEquals(ClosedBy.CLIENT, refused.closed().by());
        assertEquals(1009, refused.closeCodeSent());
        assertTrue(refused.error().startsWith("The server announced a frame of 209715200 bytes (200.0 MiB), over the"
                + " limit of 64.0 MiB"), refused.error());
    }

    @Test
    void frameAnnouncingTheLargestLength_closes1009AtItsHeader() throws Exception {
        Refused refused = refusedAfter(HostilePeer.header(0x81, Long.MAX_VALUE, false));

        assertEquals(1009, refused.closed().code(), refused.toString());
        assertEquals(1009, refused.closeCodeSent());
        assertTrue(refused.error().contains(Long.MAX_VALUE + " bytes"), refused.error());
    }

    @Test
    void framesBeforeAnOversizedOne_areStillReceived() throws Exception {
        byte[] hello = {(byte) 0x81, 5, 'h', 'e', 'l', 'l', 'o'};
        Refused refused = refusedAfter(concat(hello, HostilePeer.header(0x82, 200L << 20, false)));

        assertEquals(1, refused.messages(), refused.toString());
        assertEquals(1009, refused.closed().code());
    }

    @Test
    void maskedFrameFromTheServer_closes1002_namingIt_andIsNotDelivered() throws Exception {
        byte[] header = HostilePeer.header(0x81, 2, true);
        Refused refused = refusedAfter(concat(header, new byte[] {'h', 'i'}));

        assertEquals(1002, refused.closed().code(), refused.toString());
        assertEquals(1002, refused.closeCodeSent());
        assertTrue(refused.error().startsWith("The server sent a masked frame"), refused.error());
        assertEquals(0, refused.messages());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
