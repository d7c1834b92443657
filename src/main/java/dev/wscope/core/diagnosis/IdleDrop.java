package dev.wscope.core.diagnosis;

import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Explains a connection that dropped (1006, no close frame) after a quiet spell: proxies and load balancers cut
 * idle connections. The quiet time measured is the timeout; the setting named is that of the proxy the
 * handshake's answer shows, or the usual ones when it shows none.
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
        Optional<SeenProxy> proxy = Optional.empty();
        for (TimelineEntry entry : timeline.all()) {
            TimelineEvent event = entry.event();
            if (event instanceof TimelineEvent.Connecting) {
                lastTraffic = -1;
                proxy = Optional.empty();
            } else if (event instanceof TimelineEvent.HandshakeResponse response) {
                // only a proxy named for sure: the engine records header names in lower case, whoever wrote them
                proxy = ProxySignature.identify(new RawResponse(response.status(), response.reason(),
                        response.headers(), "")).filter(SeenProxy::certain);
            } else if (event instanceof TimelineEvent.Opened || event instanceof TimelineEvent.Message
                    || event instanceof TimelineEvent.Control) {
                lastTraffic = entry.epochMillis();
            }
        }
        long idle = closedAt - lastTraffic;
        if (lastTraffic < 0 || idle < MIN_IDLE_MILLIS) {
            return Optional.empty();
        }
        long timeout = Math.max(1, Math.round(idle / 1000.0));
        return Optional.of(String.format("The connection dropped after %.1f s without traffic, with no close frame:"
                + " your proxy's idle timeout is about %d s. %s Or send keep-alive pings (Settings > Ping every N s)"
                + " more often than every %d s.", idle / 1000.0, timeout, setting(proxy), timeout));
    }

    /** The setting to raise: the one of the proxy seen, or the usual ones when the answer showed none known. */
    private static String setting(Optional<SeenProxy> proxy) {
        Optional<ProxyKind> known = proxy.flatMap(SeenProxy::known);
        if (known.isPresent()) {
            return "The handshake's answer came through " + proxy.get().description() + ": "
                    + known.get().idleTimeout() + ".";
        }
        return proxy.map(seen -> "The handshake's answer came through " + seen.description() + ". ")
                .orElse("The handshake's answer does not name the proxy. ")
                + "The usual settings: " + Arrays.stream(ProxyKind.values()).map(ProxyKind::idleTimeout)
                .collect(Collectors.joining("; ")) + ".";
    }
}
