package dev.wscope.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends a ping every N seconds while a connection is open, so proxies and load balancers that cut idle
 * connections (nginx after 60 s, AWS ALB after 60 s) keep it. Each ping is on the timeline like any other.
 */
final class KeepAlive {
    private final ScheduledExecutorService timer;

    private KeepAlive(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static KeepAlive start(LiveConnection connection, int intervalSeconds) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "wscope-keepalive");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> {
            try {
                if (connection.isOpen()) {
                    connection.ping(new byte[0]);
                }
            } catch (Exception e) {
                // the connection is closing; its closed event says why
            }
        }, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
        return new KeepAlive(timer);
    }

    void stop() {
        timer.shutdownNow();
    }
}
