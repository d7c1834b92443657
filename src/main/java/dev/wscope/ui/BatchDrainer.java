package dev.wscope.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import javafx.application.Platform;

/**
 * Takes engine events into the window in batches: a timer thread asks the FX thread for one drain every
 * 50 ms (100 ms while a flood is on), and never queues a second before the first has run. Unlike an
 * AnimationTimer it does not keep JavaFX pulsing 60 times a second when nothing arrives, so an idle window
 * costs no CPU and a flood leaves more of it to receiving. Thread contract: start and stop from any thread;
 * the drain runs on the FX thread.
 */
final class BatchDrainer {
    static final long INTERVAL_MILLIS = 50;
    static final long FLOOD_INTERVAL_MILLIS = 250;
    /** A batch this big means a flood: fewer, larger batches then. */
    static final int FLOOD_BATCH = 2_000;

    private final IntSupplier drain;
    private ScheduledExecutorService timer;

    /** The drain returns how many events it took in. */
    BatchDrainer(IntSupplier drain) {
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
        int taken = 0;
        try {
            taken = drain.getAsInt();
        } finally {
            schedule(taken >= FLOOD_BATCH ? FLOOD_INTERVAL_MILLIS : INTERVAL_MILLIS);
        }
    }
}
