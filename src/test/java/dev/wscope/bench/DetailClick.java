package dev.wscope.bench;

import dev.wscope.core.timeline.TimelineEntry;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.fxmisc.richtext.CodeArea;

/**
 * A click on a timeline row in the middle of a flood, as a user makes it: from the moment the row is
 * selected to the frame after the event's detail is in the detail pane. Driven by the table's and the
 * detail's own change events, so measuring costs the FX thread nothing while it waits (a timer that
 * looked the nodes up every few milliseconds was itself a fifth of the FX thread's work in a flood).
 * Thread contract: made and run on the FX thread.
 */
final class DetailClick {
    private final CompletableFuture<Double> took = new CompletableFuture<>();
    private final TableView<TimelineEntry> table;
    private final CodeArea detail;
    private final int afterRows;
    private final ListChangeListener<TimelineEntry> rowsListener = change -> rowsChanged();
    private final ChangeListener<String> detailListener = (o, old, text) -> detailChanged(text);
    private long clicked;

    private DetailClick(TableView<TimelineEntry> table, CodeArea detail, int afterRows) {
        this.table = table;
        this.detail = detail;
        this.afterRows = afterRows;
    }

    /**
     * Clicks the third row once the timeline has afterRows rows; completes with the milliseconds it took. The
     * nodes are looked up before the flood: a lookup walks every tab of the window, some milliseconds each.
     */
    static CompletableFuture<Double> duringFlood(TableView<TimelineEntry> table, CodeArea detail, int afterRows) {
        DetailClick click = new DetailClick(table, detail, afterRows);
        click.table.getItems().addListener(click.rowsListener);
        return click.took;
    }

    private void rowsChanged() {
        if (clicked != 0 || table.getItems().size() < afterRows) {
            return;
        }
        table.getItems().removeListener(rowsListener); // removing inside the callback is allowed by JavaFX
        detail.textProperty().addListener(detailListener);
        clicked = System.nanoTime();
        table.getSelectionModel().select(2);
        detailChanged(detail.getText()); // the detail may be filled at once, within select
    }

    private void detailChanged(String text) {
        if (text.isEmpty() || took.isDone()) {
            return;
        }
        detail.textProperty().removeListener(detailListener);
        Scene scene = detail.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> took.complete((System.nanoTime() - clicked) / 1e6));
            }
        });
        Platform.requestNextPulse();
    }
}
