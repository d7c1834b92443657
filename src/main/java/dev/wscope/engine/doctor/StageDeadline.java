package dev.wscope.engine.doctor;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes the socket when a step outlives the timeout. The socket's read timeout bounds each read, not a
 * server that trickles its answer a byte a second (a 101 sent so kept `doctor --timeout 3` for 63 s).
 * Thread contract: armed and closed by the examining thread; it fires on a timer thread of its own.
 */
final class StageDeadline implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "doctor-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final ScheduledFuture<?> expiry;
    private volatile boolean expired;

    private StageDeadline(Socket socket, long millis) {
        expiry = TIMER.schedule(() -> {
            expired = true;
            try {
                socket.close();
            } catch (IOException e) {
                // closed already: the step fails all the same
            }
        }, millis, TimeUnit.MILLISECONDS);
    }

    static StageDeadline arm(Socket socket, long millis) {
        return new StageDeadline(socket, millis);
    }

    /** Whether the step ran out of time: a read failing after this is the deadline's doing, not the server's. */
    boolean expired() {
        return expired;
    }

    @Override
    public void close() {
        expiry.cancel(false);
    }
}
