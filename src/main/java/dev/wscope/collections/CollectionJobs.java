package dev.wscope.collections;

import dev.wscope.store.CollectionStore;
import dev.wscope.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the changes to collection files one after another on the background executor, each from the files
 * as the previous one left them (two quick saves of a new request cannot both add it), then reads the tree
 * again. A failure is kept in the problem line until the next change succeeds. Thread contract: call from
 * the owner's thread (the FX thread in the window); jobs run on the background executor; results, the
 * collections read and the undo label land on the owner executor.
 */
final class CollectionJobs {
    private static final Logger LOG = LoggerFactory.getLogger(CollectionJobs.class);
    /** A file change; throws StoreException (or IllegalArgumentException) with words for the user. */
    @FunctionalInterface
    interface Job<T> {
        Done<T> run() throws StoreException;
    }

    /** What a job gives back, and how to take it back (null: it cannot be undone). */
    record Done<T>(T value, UndoStep undo) {
    }

    private final Executor background;
    private final Executor owner;
    private final CollectionReader reader;
    private final BiConsumer<List<LoadedCollection>, String> shown;
    private final UndoHistory history;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    private String failure = "";

    /** shown hears the collections read and the problem line; undoLabel what Undo would take back next. */
    CollectionJobs(Executor background, Executor owner, CollectionReader reader,
                   BiConsumer<List<LoadedCollection>, String> shown, Consumer<String> undoLabel) {
        this.background = background;
        this.owner = owner;
        this.reader = reader;
        this.shown = shown;
        this.history = new UndoHistory(undoLabel);
    }

    static <T> Done<T> done(T value, UndoStep undo) {
        return new Done<>(value, undo);
    }

    CompletableFuture<Void> reload() {
        CompletableFuture<Void> read = tail.handle((v, e) -> null)
                .thenApplyAsync(ignored -> reader.readAll(), background)
                .thenAcceptAsync(result -> {
                    List<String> problems = new ArrayList<>(result.problems());
                    if (!failure.isEmpty()) {
                        problems.add(0, failure);
                    }
                    shown.accept(result.loaded(), String.join("\n", problems));
                }, owner);
        tail = read;
        return read;
    }

    /** Runs the job after those before it; fails (after saying why in the problem line) when the job fails. */
    <T> CompletableFuture<T> run(String failurePrefix, Job<T> job) {
        CompletableFuture<T> outcome = tail.handle((v, e) -> null)
                .thenApplyAsync(ignored -> call(job), background)
                .handleAsync((done, error) -> {
                    if (error != null) {
                        LOG.warn(failurePrefix, error);
                        failure = failurePrefix + ": " + rootMessage(error);
                        throw error instanceof CompletionException c ? c : new CompletionException(error);
                    }
                    failure = "";
                    if (done.undo() != null) {
                        history.push(done.undo());
                    }
                    return done.value();
                }, owner);
        tail = outcome;
        CompletableFuture<Void> reread = reload();
        return reread.thenCompose(ignored -> outcome);
    }

    /** Writes back what the newest undoable change found in each file it touched. */
    CompletableFuture<Boolean> undo(CollectionStore store) {
        UndoStep step = history.pop();
        if (step == null) {
            return CompletableFuture.completedFuture(false);
        }
        return run("Undo failed", () -> {
            for (UndoStep.Before before : step.files()) {
                if (before.collection() == null) {
                    store.delete(before.file());
                } else {
                    store.save(before.file(), before.collection());
                }
            }
            return done(true, null);
        });
    }

    private static <T> Done<T> call(Job<T> job) {
        try {
            return job.run();
        } catch (StoreException | IllegalArgumentException e) {
            throw new CompletionException(e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
