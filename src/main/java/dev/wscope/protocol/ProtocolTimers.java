package dev.wscope.protocol;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The one thread that sends the heartbeats every driver owes its server (Engine.IO 3's pings, STOMP's newlines).
 * A daemon: a heartbeat never keeps the program alive.
 */
public final class ProtocolTimers {
    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "wscope-protocol-heartbeats");
        thread.setDaemon(true);
        return thread;
    });

    private ProtocolTimers() {
    }

    public static ScheduledExecutorService shared() {
        return TIMERS;
    }
}
