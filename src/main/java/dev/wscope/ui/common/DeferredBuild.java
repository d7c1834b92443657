package dev.wscope.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;

/**
 * The order in which a launched window builds itself, so it is on screen in about the time a bare JavaFX
 * window takes: first an empty frame of the theme's colour, then (once that frame is drawn) everything one
 * sees: menus, tree, tabs, address bar, composer, timeline and detail; then (once that is drawn) what is
 * out of sight: the request's other tabs and the diagnosis pane, each built sooner if it is asked for. A
 * window started directly (tests, benchmarks) builds everything at once. Thread contract: FX thread only.
 */
public final class DeferredBuild {
    private final List<Runnable> visible = new ArrayList<>();
    private final List<Runnable> hidden = new ArrayList<>();
    private final CompletableFuture<Void> complete = new CompletableFuture<>();
    private final CompletableFuture<Void> settled = new CompletableFuture<>();
    private boolean deferVisible;
    private boolean deferHidden;

    private DeferredBuild(boolean deferring) {
        deferVisible = deferring;
        deferHidden = deferring;
        if (!deferring) {
            complete.complete(null);
            settled.complete(null);
        }
    }

    /** Everything is built when asked. */
    public static DeferredBuild none() {
        return new DeferredBuild(false);
    }

    /** Parts wait for {@link #releaseAfterFirstFrame}. */
    public static DeferredBuild untilFirstFrame() {
        return new DeferredBuild(true);
    }

    /** A part one sees: built now, or once the first frame is drawn. */
    public void run(Runnable part) {
        if (deferVisible) {
            visible.add(part);
        } else {
            part.run();
        }
    }

    /** A part out of sight: built now, or once the frame with the visible parts is drawn. */
    public void later(Runnable part) {
        if (deferHidden) {
            hidden.add(part);
        } else {
            part.run();
        }
    }

    /** Builds what waited, a stage a frame, starting once the scene's first frame is drawn. */
    public void releaseAfterFirstFrame(Scene scene) {
        if (!deferVisible) {
            return;
        }
        FramesDrawn.after(scene, () -> {
            deferVisible = false;
            runAll(visible);
            FramesDrawn.after(scene, () -> {
                complete.complete(null);
                deferHidden = false;
                runAll(hidden);
                FramesDrawn.after(scene, () -> settled.complete(null));
            });
        });
    }

    /** Parts may queue more parts while they are built: those run too, in order. */
    private static void runAll(List<Runnable> parts) {
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).run();
        }
        parts.clear();
    }

    /** Completes once the frame with every visible part is drawn. */
    public CompletableFuture<Void> complete() {
        return complete;
    }

    /** Completes once the parts out of sight are built too, and drawn. */
    public CompletableFuture<Void> settled() {
        return settled;
    }
}
