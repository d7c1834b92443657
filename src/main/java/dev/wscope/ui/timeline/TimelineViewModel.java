package dev.wscope.ui.timeline;

import dev.wscope.core.detail.DetailText;
import dev.wscope.core.detail.EventDetail;
import dev.wscope.core.search.TimelineSearch;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The timeline pane's state: rows, filter text, order, the selected entry and its rendered detail.
 * Rendering runs on the background executor and lands through the UI executor. FX thread only.
 */
public final class TimelineViewModel {
    private final TimelineRows rows;
    private final Executor background;
    private final Executor ui;
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty newestFirst = new SimpleBooleanProperty(true);
    private final ObjectProperty<TimelineEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DetailText> detail = new ReadOnlyObjectWrapper<>();

    public TimelineViewModel(SessionTimeline timeline, Executor background, Executor ui) {
        this.rows = new TimelineRows(timeline);
        this.background = background;
        this.ui = ui;
        filterText.addListener((o, old, text) -> rows.setFilter(TimelineSearch.matcher(text)));
        newestFirst.addListener((o, old, value) -> rows.setNewestFirst(value));
        selected.addListener((o, old, entry) -> render(entry));
    }

    public TimelineRows rows() {
        return rows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty newestFirstProperty() {
        return newestFirst;
    }

    public ObjectProperty<TimelineEntry> selectedProperty() {
        return selected;
    }

    /** The selected event in full; null when nothing is selected. */
    public ReadOnlyObjectProperty<DetailText> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public void clear() {
        rows.clear();
    }

    private void render(TimelineEntry entry) {
        if (entry == null) {
            detail.set(null);
            return;
        }
        CompletableFuture.supplyAsync(() -> EventDetail.render(entry), background)
                .thenAcceptAsync(text -> {
                    if (entry.equals(selected.get())) {
                        detail.set(text);
                    }
                }, ui);
    }
}
