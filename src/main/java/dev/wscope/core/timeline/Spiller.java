package dev.wscope.core.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps the payload bytes in memory near the budget: while they pass it, a thread of its own writes the oldest
 * sealed blocks to a spill file (their members' NDJSON lines) and lets go of their bytes. The appending thread
 * only queues blocks, so the engine's receive thread does not wait on the disk, unless the disk falls so far
 * behind that memory reaches twice the budget (then it waits for room rather than run out of memory). If the
 * file cannot be made or written, the problem is reported once and every payload stays in memory.
 * Thread contract: allocated, sealed and awaitRoom from the timeline's appending thread (under its lock);
 * the spill thread writes; counts and discard from any thread.
 */
final class Spiller {
    /** Writes the member lines of a block; called on the spill thread. */
    interface Lines {
        void write(Block block, EventLines out);
    }

    private final PayloadBudget budget;
    /** Twice the budget: memory an appender waits at rather than run out of it (no limit without spilling). */
    private final long ceiling;
    private final Lines lines;
    private final Consumer<String> problems;
    private final ArrayDeque<Block> sealed = new ArrayDeque<>();
    /** Written under the lock; volatile so the check made at every append can skip the lock. */
    private volatile long held;
    private long onDisk;
    private boolean stopped;
    private Thread thread;
    /** Made on the first spill, so a short session leaves no file at all. */
    private volatile PayloadFile file;

    Spiller(PayloadBudget budget, Lines lines, Consumer<String> problems) {
        this.budget = budget;
        this.ceiling = budget.spills() && budget.memoryBytes() < Long.MAX_VALUE / 2 ? 2 * budget.memoryBytes() : Long.MAX_VALUE;
        this.lines = lines;
        this.problems = problems;
    }

    synchronized void allocated(long bytes) {
        held += bytes;
        wakeIfOver();
    }

    synchronized void sealed(Block block) {
        if (budget.spills() && !stopped) {
            sealed.add(block);
            wakeIfOver();
        }
    }

    private void wakeIfOver() {
        if (held > budget.memoryBytes() && !sealed.isEmpty()) {
            startThread();
            notifyAll();
        }
    }

    /** Waits while memory holds twice the budget and the spill thread is still taking blocks. */
    void awaitRoom() {
        if (held > ceiling) {
            waitForRoom();
        }
    }

    private synchronized void waitForRoom() {
        while (!stopped && !sealed.isEmpty() && held > ceiling) {
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    long bytesInMemory() {
        return held;
    }

    synchronized long bytesOnDisk() {
        return onDisk;
    }

    Optional<Path> file() {
        PayloadFile current = file;
        return current == null ? Optional.empty() : Optional.of(current.path());
    }

    private void startThread() {
        if (thread == null) {
            thread = new Thread(this::run, "wscope-spill");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void run() {
        EventLines out = new EventLines();
        while (true) {
            Block next;
            synchronized (this) {
                while (!stopped && (sealed.isEmpty() || held <= budget.memoryBytes())) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (stopped) {
                    return;
                }
                next = sealed.peek();
            }
            if (!write(next, out)) {
                return;
            }
        }
    }

    /** Region first, then the bytes let go: a reader that finds no bytes always finds the region. */
    private boolean write(Block block, EventLines out) {
        byte[] bytes = block.bytes;
        try {
            if (file == null) {
                file = budget.spillFiles().create();
            }
            out.clear();
            lines.write(block, out);
            block.region = new Block.Region(file, file.append(out.bytes(), out.size()), out.size());
        } catch (IOException | RuntimeException e) {
            fail(e);
            return false;
        }
        synchronized (this) {
            sealed.poll();
            block.bytes = null;
            held -= bytes.length;
            onDisk += block.length;
            notifyAll();
        }
        return true;
    }

    private void fail(Exception e) {
        synchronized (this) {
            stopped = true;
            sealed.clear();
            notifyAll(); // an appender waiting for room goes on: the payloads stay in memory
        }
        String where = file == null ? budget.spillFiles().folder().toString() : file.path().toString();
        String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        problems.accept("Older payloads could not be moved to disk (" + where + ": " + why
                + "); they stay in memory, nothing is lost, but memory will grow past the budget");
    }

    /** Stops spilling and deletes the spill file; payloads already on disk cannot be read after this. */
    void discard() {
        Thread running;
        synchronized (this) {
            stopped = true;
            sealed.clear();
            notifyAll();
            running = thread;
        }
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(10_000); // a write in progress finishes before the file goes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        PayloadFile spilled = file;
        if (spilled != null) {
            try {
                spilled.close();
            } catch (IOException e) {
                problems.accept("The spill file " + spilled.path() + " could not be deleted: " + e.getMessage());
            }
        }
    }
}
