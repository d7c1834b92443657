package dev.wscope.session;

import dev.wscope.core.request.ReconnectOptions;
import java.util.concurrent.Future;

/**
 * Counts reconnection attempts and holds the pending one. A connection that stayed open a while starts
 * the count afresh, so a daily drop never exhausts the attempts but a server that drops at once does.
 * The session's thread only.
 */
final class Reconnection {
    /** Open this long, and the next drop starts a new series of attempts. */
    static final long STABLE_MILLIS = 30_000;

    private int attempt;
    private long openedAt;
    private Future<?> pending;

    void opened(long now) {
        openedAt = now;
    }

    /** The delay before the next attempt, or -1 when the attempts are used up (the count then starts afresh). */
    long next(ReconnectOptions options, long now, boolean afterOpen) {
        if (afterOpen && now - openedAt >= STABLE_MILLIS) {
            attempt = 0;
        }
        if (attempt >= options.attempts()) {
            attempt = 0;
            return -1;
        }
        attempt++;
        return options.delayBefore(attempt);
    }

    int attempt() {
        return attempt;
    }

    boolean inProgress() {
        return attempt > 0;
    }

    void schedule(Runnable reconnect, long delayMillis, Delays delays) {
        cancelPending();
        pending = delays.after(delayMillis, reconnect);
    }

    boolean isWaiting() {
        return pending != null && !pending.isDone();
    }

    /** Stops any attempt to come and forgets the count: the user took over. */
    void stop() {
        cancelPending();
        attempt = 0;
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
