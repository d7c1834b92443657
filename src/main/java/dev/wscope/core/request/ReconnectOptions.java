package dev.wscope.core.request;

/**
 * Automatic reconnection after the server or the network ends a connection: off by default; a number of
 * attempts with exponential backoff between a first and a longest delay.
 */
public record ReconnectOptions(boolean enabled, int attempts, long firstDelayMillis, long maxDelayMillis) {
    public static ReconnectOptions off() {
        return new ReconnectOptions(false, 5, 1000, 30_000);
    }

    /** The wait before attempt n (from 1): the first delay, doubled each time, capped. */
    public long delayBefore(int attempt) {
        long delay = firstDelayMillis;
        for (int i = 1; i < attempt && delay < maxDelayMillis; i++) {
            delay *= 2;
        }
        return Math.min(delay, maxDelayMillis);
    }
}
