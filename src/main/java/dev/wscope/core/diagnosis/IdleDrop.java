package dev.wscope.core.diagnosis;

import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.Optional;

/**
 * Explains a connection that dropped (1006) after a quiet spell: proxies and load balancers cut idle
 * connections (nginx's proxy_read_timeout and AWS ALB's idle timeout are 60 s by default).
 */
public final class IdleDrop {
    /** Quieter than this before the drop, and the quiet is worth mentioning. */
    static final long MIN_IDLE_MILLIS = 900;

    private IdleDrop() {
    }

    /** The explanation for a drop recorded at closedAt, judged from the session's events before it. */
    public static Optional<String> explain(SessionTimeline timeline, TimelineEvent.Closed closed, long closedAt) {
        if (closed.code() != 1006 || closed.by() != ClosedBy.NETWORK) {
            return Optional.empty();
        }
        long lastTraffic = -1;
        String proxy = null;
        for (TimelineEntry entry : timeline.all()) {
            TimelineEvent event = entry.event();
            if (event instanceof TimelineEvent.Connecting) {
                lastTraffic = -1;
                proxy = null;
            } else if (event instanceof TimelineEvent.HandshakeResponse response) {
                proxy = ProxySignature.of(new RawResponse(response.status(), response.reason(), response.headers(), ""))
                        .orElse(null);
            } else if (event instanceof TimelineEvent.Opened || event instanceof TimelineEvent.Message
                    || event instanceof TimelineEvent.Control) {
                lastTraffic = entry.epochMillis();
            }
        }
        long idle = closedAt - lastTraffic;
        if (lastTraffic < 0 || idle < MIN_IDLE_MILLIS) {
            return Optional.empty();
        }
        String seconds = String.format("%.1f s", idle / 1000.0);
        String who = proxy == null ? "A proxy or load balancer on the way" : "The reverse proxy (" + proxy + ")";
        return Optional.of("The connection dropped after " + seconds + " without traffic. " + who
                + " most likely cut it as idle: nginx's proxy_read_timeout and AWS ALB's idle timeout are 60 s by"
                + " default. Send keep-alive pings (Settings > Ping every N s) more often than that, or raise the"
                + " timeout (nginx: proxy_read_timeout 3600s;).");
    }

}
