package dev.wscope.engine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Wscope's pings still waiting for their pong, to tell a pong's round-trip time: a pong answers the oldest ping
 * that carried the same payload (RFC 6455 5.5.3: a pong echoes the ping it answers). Thread contract: any thread.
 */
final class PingsInFlight {
    /** A server that never answers must not make it grow: the oldest is forgotten past this many. */
    private static final int KEPT = 64;

    private record Sent(byte[] payload, long nanos) {
    }

    private final ArrayDeque<Sent> waiting = new ArrayDeque<>();

    synchronized void sent(byte[] payload, long nanos) {
        if (waiting.size() == KEPT) {
            waiting.removeFirst();
        }
        waiting.addLast(new Sent(payload.clone(), nanos));
    }

    /** The time since the ping this pong answers was sent, or null for a pong no waiting ping of ours asked for. */
    synchronized Duration answered(byte[] payload, long nanos) {
        for (Iterator<Sent> each = waiting.iterator(); each.hasNext(); ) {
            Sent sent = each.next();
            if (Arrays.equals(sent.payload(), payload)) {
                each.remove();
                return Duration.ofNanos(nanos - sent.nanos());
            }
        }
        return null;
    }
}
