package dev.wscope.bench;

import dev.wscope.core.timeline.TimelineEntry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.fxmisc.richtext.CodeArea;

/**
 * A click on a timeline row in the middle of a flood, as a user makes it: from the moment the click is
 * queued on the FX thread to the frame after the event's detail is in the detail pane. Thread contract:
 * start from any thread; the clicking and checking run on the FX thread.
 */
final class DetailClick {
    private DetailClick() {
    }

    /** Clicks the third row once the flood has some thousand rows; completes with the milliseconds it took. */
    static CompletableFuture<Double> duringFlood(Scene scene) {
        CompletableFuture<Double> took = new CompletableFuture<>();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timer.scheduleWithFixedDelay(() -> Platform.runLater(() -> {
            @SuppressWarnings("unchecked")
            TableView<TimelineEntry> table = (TableView<TimelineEntry>) scene.lookup("#timeline");
            if (took.isDone() || table.getItems().size() < 5_000) {
                return;
            }
            timer.shutdown();
            long clicked = System.nanoTime();
            table.getSelectionModel().select(2);
            awaitDetail(scene, clicked, took);
        }), 20, 5, TimeUnit.MILLISECONDS);
        return took;
    }

    private static void awaitDetail(Scene scene, long clicked, CompletableFuture<Double> took) {
        CodeArea detail = (CodeArea) scene.lookup("#event-detail");
        if (!detail.getText().isEmpty()) {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(() -> took.complete((System.nanoTime() - clicked) / 1e6));
                }
            });
            Platform.requestNextPulse();
            return;
        }
        Platform.runLater(() -> awaitDetail(scene, clicked, took));
    }
}
