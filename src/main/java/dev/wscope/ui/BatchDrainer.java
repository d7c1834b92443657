package dev.wscope.ui;

import dev.wscope.ui.session.Drained;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Takes engine events into the window in batches: a timer thread asks the FX thread for one drain every
 * 50 ms (250 ms while a flood is on), and never queues a second before the first has run. Unlike an
 * AnimationTimer it does not keep JavaFX pulsing 60 times a second when nothing arrives, so an idle window
 * costs no CPU and a flood leaves more of it to receiving. Thread contract: start and stop from any thread;
 * the drain runs on the FX thread.
 */
final class BatchDrainer {
    static final long INTERVAL_MILLIS = 50;
    static final long FLOOD_INTERVAL_MILLIS = 250;
    /**
     * A batch this big means a flood: fewer, larger batches then. Counted in events (40,000 a second) or in
     * bytes (80 MB a second: 1 MiB messages come a few a batch, and each batch re-lays every visible row).
     */
    static final int FLOOD_BATCH = 2_000;
    static final long FLOOD_BATCH_BYTES = 4L << 20;

    private final Supplier<Drained> drain;
    private ScheduledExecutorService timer;

    /** The drain returns what it took in. */
    BatchDrainer(Supplier<Drained> drain) {
        this.drain = drain;
    }

    synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "wscope-batches");
                thread.setDaemon(true);
                return thread;
            });
            schedule(INTERVAL_MILLIS);
        }
    }

    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private synchronized void schedule(long delayMillis) {
        if (timer != null) {
            timer.schedule(() -> Platform.runLater(this::drainOnce), delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** The next batch is scheduled whatever happens, so one failing listener cannot stop the window's updates. */
    private void drainOnce() {
        Drained taken = Drained.NONE;
        try {
            taken = drain.get();
        } finally {
            boolean flood = taken.events() >= FLOOD_BATCH || taken.bytes() >= FLOOD_BATCH_BYTES;
            schedule(flood ? FLOOD_INTERVAL_MILLIS : INTERVAL_MILLIS);
        }
    }
}
