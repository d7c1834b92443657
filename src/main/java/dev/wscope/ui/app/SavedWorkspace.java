package dev.wscope.ui.app;

import dev.wscope.core.workspace.Workspace;
import dev.wscope.store.DataFolder;
import dev.wscope.store.StoreException;
import dev.wscope.store.WorkspaceFile;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the last run left (theme, place, tabs), and why it could not be read if so. A launched window reads
 * it while the toolkit starts, on a thread of its own, so the read is not on the way to the first frame.
 * Thread contract: read on any thread; the result is immutable.
 */
record SavedWorkspace(Optional<Workspace> workspace, String problem) {
    private static volatile CompletableFuture<SavedWorkspace> early;

    static SavedWorkspace read(WorkspaceFile file) {
        try {
            return new SavedWorkspace(file.read(), "");
        } catch (StoreException e) {
            return new SavedWorkspace(Optional.empty(), e.getMessage());
        }
    }

    /** Starts reading the data folder's workspace now, for {@link #take} to find. */
    static void readEarly() {
        early = CompletableFuture.supplyAsync(() -> read(new WorkspaceFile(DataFolder.current())));
    }

    /** The early read if there was one (waiting for it), else a read now. */
    static SavedWorkspace take(WorkspaceFile file) {
        CompletableFuture<SavedWorkspace> started = early;
        early = null;
        return started != null ? started.join() : read(file);
    }
}
