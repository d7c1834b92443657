package dev.wscope.ui.workspace;

import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.store.SessionFiles;
import dev.wscope.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions to and from files (NDJSON, one event a line, as `wscope send --json` prints them): save a tab's
 * whole session, export only the events on show (what the filter kept), open a saved one in a tab of its
 * own. Files are touched on the background executor; the outcome is said in the status bar. FX thread only.
 */
public final class SessionCommands {
    private static final Logger LOG = LoggerFactory.getLogger(SessionCommands.class);
    private final OpenRequests open;
    private final Workbench workbench;
    private final Executor background;
    private final Executor ui;

    public SessionCommands(OpenRequests open, Workbench workbench, Executor background, Executor ui) {
        this.open = open;
        this.workbench = workbench;
        this.background = background;
        this.ui = ui;
    }

    /** Every event of the tab's session so far (a saved session's too: a copy). */
    public CompletableFuture<Void> save(WorkspaceTab tab, Path file) {
        SessionTimeline timeline = tab.timeline();
        int events = timeline.size();
        return run(() -> SessionFiles.save(timeline, file), String.format("Saved %,d events to %s", events, file));
    }

    /** Only the rows on show: what the filter kept, after what Clear hid. */
    public CompletableFuture<Void> exportShown(WorkspaceTab tab, Path file) {
        int[] shown = tab.timelineModel().rows().shownIndexes();
        return run(() -> SessionFiles.export(tab.timeline(), shown, file),
                String.format("Exported %,d events to %s", shown.length, file));
    }

    /** Opens a saved session in a new tab: browse, search, open details and export it; it cannot connect. */
    public CompletableFuture<Void> open(Path file) {
        return open(file, true, "Not opened: ");
    }

    /**
     * Opens again, one after another and in this order, the saved sessions the last run had on show, behind
     * the tab on show; a file that is gone or damaged is left as it is and the status says so.
     */
    public CompletableFuture<Void> reopen(List<String> files) {
        open.reopening(files);
        CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
        for (String file : files) {
            // reopened() runs where the tab was added, in the same FX runnable: no save sees it twice or not at all
            done = done.thenCompose(previous -> reopenOne(file)).thenRun(() -> open.reopened(file));
        }
        return done;
    }

    private CompletableFuture<Void> reopenOne(String file) {
        String failure = "Not reopened: ";
        try {
            return open(Path.of(file), false, failure);
        } catch (java.nio.file.InvalidPathException e) {
            workbench.notice().set(failure + file + " is not a path on this system");
            return CompletableFuture.completedFuture(null);
        }
    }

    private CompletableFuture<Void> open(Path file, boolean show, String failed) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return SessionFiles.open(file);
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        }, background).handleAsync((timeline, failure) -> {
            if (failure != null) {
                LOG.warn("{}{}", failed, file, failure.getCause());
                workbench.notice().set(failed + failure.getCause().getMessage());
                return null;
            }
            open.add(new SavedSessionTab(timeline, file, background, ui), show);
            workbench.notice().set(String.format("Opened %,d events of %s", timeline.size(), file));
            return null;
        }, ui);
    }

    @FunctionalInterface
    private interface FileJob {
        void run() throws StoreException;
    }

    private CompletableFuture<Void> run(FileJob job, String done) {
        return CompletableFuture.runAsync(() -> {
            try {
                job.run();
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        }, background).handleAsync((ignored, failure) -> {
            if (failure != null) {
                LOG.warn("a session file was not saved", failure.getCause());
            }
            workbench.notice().set(failure == null ? done : "Not saved: " + failure.getCause().getMessage());
            return null;
        }, ui);
    }
}
