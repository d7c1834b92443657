package dev.wscope.ui.app;

import dev.wscope.ui.session.Drained;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Takes engine events into the window in batches: a timer thread asks the FX thread for one drain every
 * 50 ms (every 250 ms while a flood is on), and never queues a second before the first has run. Unlike an
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
    private final IntSupplier waiting;
    private ScheduledExecutorService timer;
    /** When the last batch was taken in (System.nanoTime; at first, a flood's pause ago); FX thread only. */
    private long lastDrainNanos = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(FLOOD_INTERVAL_MILLIS);

    /** The drain returns what it took in; waiting tells how many events the next drain would take. */
    BatchDrainer(Supplier<Drained> drain, IntSupplier waiting) {
        this.drain = drain;
        this.waiting = waiting;
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
        long now = System.nanoTime();
        long wait = waitBeforeDrain(TimeUnit.NANOSECONDS.toMillis(now - lastDrainNanos), waiting.getAsInt());
        if (wait > 0) {
            schedule(wait);
            return;
        }
        lastDrainNanos = now;
        Drained taken = Drained.NONE;
        try {
            taken = drain.get();
        } finally {
            schedule(intervalAfter(taken));
        }
    }

    /**
     * How long a batch waits, in ms, when this many events wait and the last batch was taken in that long
     * ago; 0 to take it now. A flood is held back from its first batch on, not only from its second: the
     * first batch of a flood otherwise came within 50 ms of its start, and laying out a fresh table's rows
     * for it took the FX thread 20-30 ms while the receiving thread needed the core (a JSON flood of 20,000
     * messages lasts about 70 ms: the window took it at 80% of a bare client's rate, 103% with this).
     */
    static long waitBeforeDrain(long sinceLastDrainMillis, int waitingEvents) {
        return waitingEvents >= FLOOD_BATCH ? Math.max(0, FLOOD_INTERVAL_MILLIS - sinceLastDrainMillis) : 0;
    }

    /** The pause before the next batch after one that took this much in. */
    static long intervalAfter(Drained taken) {
        boolean flood = taken.events() >= FLOOD_BATCH || taken.bytes() >= FLOOD_BATCH_BYTES;
        return flood ? FLOOD_INTERVAL_MILLIS : INTERVAL_MILLIS;
    }
}
