package dev.wscope.ui.timeline;

import dev.wscope.core.detail.DetailDocument;
import dev.wscope.core.detail.DetailText;
import dev.wscope.core.detail.EventDetail;
import dev.wscope.core.search.EventFilter;
import dev.wscope.core.search.ParallelScan;
import dev.wscope.core.search.SearchQuery;
import dev.wscope.core.timeline.Direction;
import dev.wscope.protocol.ProtocolSpans;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
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
    /** Events searched per slice: small enough that results show early, big enough to use every core. */
    private static final int SEARCH_SLICE = 100_000;
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final BooleanProperty caseSensitive = new SimpleBooleanProperty(false);
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>();
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>();
    private final StringProperty filterError = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final SessionTimeline timeline;
    private long searchGeneration;
    /** Filter edits so far, to tell the last one of a burst of typing. */
    private long keystrokes;
    static final long TYPING_PAUSE_MILLIS = 200;
    private final BooleanProperty newestFirst = new SimpleBooleanProperty(true);
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final javafx.beans.property.ReadOnlyIntegerWrapper unseen = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ObjectProperty<TimelineEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DetailDocument> detail = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<DetailText> shownPage = new ReadOnlyObjectWrapper<>();
    private final ProtocolSpans spans = new ProtocolSpans();
    private final javafx.beans.property.ReadOnlyBooleanWrapper anyProtocol = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final BooleanProperty showHeartbeats = new SimpleBooleanProperty(false);
    /** Heartbeats the search in force left out, counted as it goes (on the searching threads too). */
    private volatile java.util.concurrent.atomic.AtomicLong heartbeatsLeftOut = new java.util.concurrent.atomic.AtomicLong();
    private final javafx.beans.property.ReadOnlyLongWrapper heartbeatsHidden = new javafx.beans.property.ReadOnlyLongWrapper();

    public TimelineViewModel(SessionTimeline timeline, Executor background, Executor ui) {
        this.rows = new TimelineRows(timeline);
        this.timeline = timeline;
        this.background = background;
        this.ui = ui;
        for (javafx.beans.Observable input : new javafx.beans.Observable[] {regex, caseSensitive, direction, kind,
            showHeartbeats}) {
            input.addListener(o -> search());
        }
        filterText.addListener(o -> searchWhenTypingPauses());
        newestFirst.addListener((o, old, value) -> rows.setNewestFirst(value));
        rows.addListener(this::countUnseen);
        rows.addListener((javafx.collections.ListChangeListener<TimelineEntry>) c -> heartbeatsHidden.set(heartbeatsLeftOut.get()));
        follow.addListener((o, old, on) -> {
            if (on) {
                unseen.set(0);
            }
        });
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

    /**
     * Takes in the events recorded up to a timeline size: first which protocol they were spoken in (a row's summary
     * and whether it is a heartbeat depend on it), then the rows. A connection that speaks a protocol starts the
     * search that leaves its heartbeats out. True when a connection attempt began among them.
     */
    public boolean advanceTo(int timelineSize) {
        boolean began = spans.advance(timeline, timelineSize);
        if (began && spans.anyProtocol() && !anyProtocol.get()) {
            anyProtocol.set(true);
            search();
        }
        rows.advanceTo(timelineSize);
        heartbeatsHidden.set(heartbeatsLeftOut.get()); // heartbeats left out change no row: counted here too
        return began;
    }

    /** The row's message in its protocol's terms (the Summary column, the detail); empty for a raw one. */
    public java.util.Optional<dev.wscope.core.protocol.Decoded> decoded(TimelineEntry entry) {
        return spans.decode(entry);
    }

    /** Whether a connection of this timeline spoke a protocol: then rows have summaries, and heartbeats hide. */
    public javafx.beans.property.ReadOnlyBooleanProperty anyProtocolProperty() {
        return anyProtocol.getReadOnlyProperty();
    }

    /** Show the protocol's keep-alive frames (off by default: a Socket.IO session is mostly pings otherwise). */
    public BooleanProperty showHeartbeatsProperty() {
        return showHeartbeats;
    }

    /** The heartbeats left out of the rows on show. */
    public javafx.beans.property.ReadOnlyLongProperty heartbeatsHiddenProperty() {
        return heartbeatsHidden.getReadOnlyProperty();
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

    /** Rows that came in while not following, out of view: told to the user until they follow again. */
    public javafx.beans.property.ReadOnlyIntegerProperty unseenProperty() {
        return unseen.getReadOnlyProperty();
    }

    private void countUnseen(javafx.collections.ListChangeListener.Change<? extends TimelineEntry> change) {
        while (change.next()) {
            if (change.wasRemoved()) {
                unseen.set(0); // a filter or Clear replaced the rows: what is on show starts afresh
            } else if (change.wasAdded() && !follow.get()) {
                unseen.set(unseen.get() + change.getAddedSize());
            }
        }
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
        search();
    }

    /**
     * A search starts once the typing has paused: every key started one before, each replacing a session's
     * rows and taking both cores, and over 3.3 million events the letters typed showed up to 400 ms late.
     */
    private void searchWhenTypingPauses() {
        long typed = ++keystrokes;
        CompletableFuture.delayedExecutor(TYPING_PAUSE_MILLIS, TimeUnit.MILLISECONDS, ui).execute(() -> {
            if (typed == keystrokes) {
                search();
            }
        });
    }

    /**
     * Filters in the background, on every core, a slice at a time, the rows filling as slices are done:
     * a million events never hold the FX thread. A newer search makes an older one stop.
     */
    private void search() {
        long generation = ++searchGeneration;
        EventFilter query;
        try {
            query = new SearchQuery(filterText.get(), regex.get(), caseSensitive.get(), direction.get(), kind.get())
                    .toPredicate();
            filterError.set("");
        } catch (PatternSyntaxException e) {
            filterError.set("Not a regular expression: " + e.getDescription() + " near position " + (e.getIndex() + 1));
            searching.set(false);
            rows.setFilter(null); // a search cut short must not leave the rows waiting for its results
            return;
        }
        Predicate<TimelineEntry> predicate = withoutHeartbeats(withSummaries(query));
        if (predicate == null) {
            searching.set(false);
            rows.setFilter(null);
            return;
        }
        int[] range = rows.startFilter(predicate);
        searching.set(true);
        CompletableFuture.runAsync(() -> {
            for (int from = range[0]; from < range[1] && generation == searchGeneration; from += SEARCH_SLICE) {
                int to = Math.min(range[1], from + SEARCH_SLICE);
                int[] found = ParallelScan.matching(timeline, from, to, predicate);
                ui.execute(() -> deliver(generation, found, to, to == range[1]));
            }
            if (range[0] >= range[1]) {
                ui.execute(() -> deliver(generation, new int[0], range[1], true));
            }
        }, background);
    }

    /**
     * Under a protocol the filter also looks through each message's summary, so an operation, a channel or an event
     * named only there (a GraphQL result says #1, its subscribe says the query) is found by its name too.
     */
    private Predicate<TimelineEntry> withSummaries(EventFilter query) {
        if (query == null || !anyProtocol.get()) {
            return query;
        }
        return entry -> query.test(entry) || spans.decode(entry)
                .map(decoded -> query.matchesWords(entry, decoded.summary())).orElse(false);
    }

    /** The filter, and heartbeats left out (and counted) when they are hidden and a protocol was spoken. */
    private Predicate<TimelineEntry> withoutHeartbeats(Predicate<TimelineEntry> filter) {
        java.util.concurrent.atomic.AtomicLong leftOut = new java.util.concurrent.atomic.AtomicLong();
        heartbeatsLeftOut = leftOut;
        heartbeatsHidden.set(0);
        if (showHeartbeats.get() || !anyProtocol.get()) {
            return filter;
        }
        Predicate<TimelineEntry> notHeartbeat = entry -> {
            if (spans.decode(entry).map(dev.wscope.core.protocol.Decoded::heartbeat).orElse(false)) {
                leftOut.incrementAndGet();
                return false;
            }
            return true;
        };
        return filter == null ? notHeartbeat : notHeartbeat.and(filter);
    }

    private void deliver(long generation, int[] found, int searchedTo, boolean last) {
        if (generation == searchGeneration) {
            rows.addMatches(found, searchedTo, last);
            searching.set(!last);
        }
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    public BooleanProperty caseSensitiveProperty() {
        return caseSensitive;
    }

    /** Only events of this direction; null for any. */
    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    /** Only events of this kind (sent, received, error, ...); null for any. */
    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    /** Why the filter cannot be used (a bad regular expression); empty when it can. */
    public StringProperty filterErrorProperty() {
        return filterError;
    }

    /** True while a background search is still filling the rows. */
    public BooleanProperty searchingProperty() {
        return searching;
    }

    private void render(TimelineEntry entry) {
        if (entry == null) {
            detail.set(null);
            return;
        }
        CompletableFuture.supplyAsync(() -> EventDetail.render(entry, spans.decode(entry)), background)
                .thenAcceptAsync(text -> {
                    if (entry.equals(selected.get())) {
                        detail.set(text);
                    }
                }, ui);
    }
}
