package dev.wscope.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.Header;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The proxies that name themselves on a 101 (Caddy, Envoy, AWS ALB): each drop explained with its own setting. */
class IdleDropTest {
    private static final TimelineEvent.Closed DROPPED = new TimelineEvent.Closed(1006, "", ClosedBy.NETWORK);

    /** A connection opened through an answer with that Server header, dropped quietMillis after it opened. */
    private static Optional<String> droppedAfter(long quietMillis, String server) {
        SessionTimeline timeline = new SessionTimeline();
        timeline.append(new TimelineEvent.Connecting("wss://app.example/ws", false));
        timeline.append(new TimelineEvent.HandshakeResponse(101, "Switching Protocols",
                List.of(new Header("server", server), new Header("upgrade", "websocket"))));
        TimelineEntry opened = timeline.append(new TimelineEvent.Opened(null, List.of()));
        timeline.append(DROPPED);
        return IdleDrop.explain(timeline, DROPPED, opened.epochMillis() + quietMillis);
    }

    @Test
    void awsAlb_aboutItsSixtySeconds() {
        String explanation = droppedAfter(60_240, "awselb/2.0").orElseThrow();
        assertTrue(explanation.startsWith("The connection dropped after 60.2 s without traffic, with no close frame:"
                + " your proxy's idle timeout is about 60 s."), explanation);
        assertTrue(explanation.contains("came through awselb/2.0: an AWS ALB closes a connection idle for its idle"
                + " timeout (60 s by default): raise the load balancer attribute idle_timeout.timeout_seconds"),
                explanation);
        assertFalse(explanation.contains("proxy_read_timeout"), explanation);
    }

    @Test
    void caddy_hasNoIdleTimeout_soTheCutCameFromElsewhere() {
        String explanation = droppedAfter(4_800, "Caddy").orElseThrow();
        assertTrue(explanation.contains("after 4.8 s") && explanation.contains("about 5 s"), explanation);
        assertTrue(explanation.contains("Caddy keeps quiet WebSocket connections open by default"), explanation);
    }

    @Test
    void envoy_itsStreamIdleTimeout() {
        assertTrue(droppedAfter(300_100, "envoy").orElseThrow().contains("stream_idle_timeout (5 min by default"));
    }

    @Test
    void aDropRightAfterTraffic_isNoIdleTimeout() {
        assertEquals(Optional.empty(), droppedAfter(200, "envoy"));
    }
}
