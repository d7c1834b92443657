package dev.wscope.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs a task later on the session's own thread: the wait before a reconnection. Tests run it at once. */
@FunctionalInterface
public interface Delays {
    /** The task, after millis, on the owner's thread; cancelling the future drops it. */
    Future<?> after(long millis, Runnable task);

    /** Real time, landing on the owner's executor (the FX thread in the window). */
    static Delays on(Executor owner) {
        return (millis, task) -> CompletableFuture.runAsync(task,
                CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS, owner));
    }
}
