package dev.wscope.ui.timeline;

import dev.wscope.core.detail.DetailDocument;
import dev.wscope.core.detail.DetailText;
import dev.wscope.core.detail.EventDetail;
import dev.wscope.core.search.TimelineSearch;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
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
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final ObjectProperty<TimelineEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DetailDocument> detail = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<DetailText> shownPage = new ReadOnlyObjectWrapper<>();

    public TimelineViewModel(SessionTimeline timeline, Executor background, Executor ui) {
        this.rows = new TimelineRows(timeline);
        this.background = background;
        this.ui = ui;
        filterText.addListener((o, old, text) -> rows.setFilter(TimelineSearch.matcher(text)));
        newestFirst.addListener((o, old, value) -> rows.setNewestFirst(value));
        selected.addListener((o, old, entry) -> render(entry));
        detail.addListener((o, old, document) -> {
            page.set(0);
            showPage();
        });
        page.addListener((o, old, index) -> showPage());
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

    /** Keep the newest row in view as events arrive; off, the rows on show stay put. */
    public BooleanProperty followProperty() {
        return follow;
    }

    public ObjectProperty<TimelineEntry> selectedProperty() {
        return selected;
    }

    /** The selected event in full; null when nothing is selected. */
    public ReadOnlyObjectProperty<DetailDocument> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The page of the detail on show (from 0); only that page is ever built as text. */
    public IntegerProperty pageProperty() {
        return page;
    }

    public ReadOnlyObjectProperty<DetailText> shownPageProperty() {
        return shownPage.getReadOnlyProperty();
    }

    public void nextPage() {
        if (detail.get() != null && page.get() + 1 < detail.get().pageCount()) {
            page.set(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    private void showPage() {
        DetailDocument document = detail.get();
        shownPage.set(document == null ? null : document.page(Math.min(page.get(), document.pageCount() - 1)));
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
