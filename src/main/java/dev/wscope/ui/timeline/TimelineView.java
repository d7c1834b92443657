package dev.wscope.ui.timeline;

import atlantafx.base.theme.Styles;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.EventKind;
import dev.wscope.core.timeline.EventText;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.ui.common.Compact;
import dev.wscope.ui.common.Fields;
import dev.wscope.ui.common.Icons;
import dev.wscope.ui.common.Tips;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The `timeline` table (one row an event, newest first by default) with `timeline-filter` above it. */
public final class TimelineView extends VBox {
    private static final String ANY_KIND = "Any kind";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final TableView<TimelineEntry> table = new TableView<>();
    private VirtualFlow<?> flow;
    private final TextField filter = new TextField();
    private final ToggleButton newestFirst = Icons.on(new ToggleButton("Newest first"), Feather.ARROW_UP);
    private final Button clear = Icons.on(new Button("Clear"), Feather.X_CIRCLE);
    private final ToggleButton follow = Icons.on(new ToggleButton("Follow"), Feather.CHEVRONS_DOWN);
    private final ToggleButton regex = new ToggleButton(".*");
    private final ToggleButton matchCase = new ToggleButton("Aa");
    private final ComboBox<String> direction = new ComboBox<>(FXCollections.observableArrayList("Both ways", "In ↓", "Out ↑"));
    private final ComboBox<String> kind = new ComboBox<>(FXCollections.observableArrayList(kindChoices()));
    private final Label filterError;
    private final ToggleButton pause = Icons.on(new ToggleButton("Pause capture"), Feather.PAUSE);
    private final ToggleButton heartbeats = Icons.on(new ToggleButton(), Feather.HEART);
    private final TimelineViewModel model;
    private final HBox controls;

    /** A live session's timeline: rows come in (Follow), capture can pause, a message is recalled into the composer. */
    public TimelineView(TimelineViewModel model, Consumer<TimelineEntry> recall, BooleanProperty capturePaused) {
        this(model, recall, "No events yet: connect, then send a message.");
        pause.selectedProperty().bindBidirectional(capturePaused);
        controls.getChildren().addAll(1, List.of(follow, pause));
    }

    /** A recorded timeline (a saved session): nothing comes in, nothing pauses, there is no composer to recall into. */
    public static TimelineView recorded(TimelineViewModel model) {
        return new TimelineView(model, null, "No events in this session.");
    }

    /** recall: null where there is no composer; noEvents: what the empty table says while nothing filters. */
    private TimelineView(TimelineViewModel model, Consumer<TimelineEntry> recall, String noEvents) {
        this.model = model;
        table.setId("timeline");
        filter.setId("timeline-filter");
        newestFirst.setId("timeline-newest-first");
        clear.setId("timeline-clear");
        follow.setId("timeline-follow");
        pause.setId("capture-pause");
        follow.selectedProperty().bindBidirectional(model.followProperty());
        regex.setId("timeline-regex");
        matchCase.setId("timeline-case");
        direction.setId("timeline-direction");
        kind.setId("timeline-kind");
        kind.setMaxWidth(150);
        direction.setMaxWidth(120);
        filterError = Fields.messageLine("timeline-filter-error", "error-text", model.filterErrorProperty());
        Tips.on(regex, "Regular expression");
        Tips.on(matchCase, "Match case");
        regex.selectedProperty().bindBidirectional(model.regexProperty());
        matchCase.selectedProperty().bindBidirectional(model.caseSensitiveProperty());
        direction.getSelectionModel().select(0);
        kind.getSelectionModel().select(0);
        direction.valueProperty().addListener((o, old, value) -> model.directionProperty().set(
                value.startsWith("In") ? Direction.IN : value.startsWith("Out") ? Direction.OUT : null));
        kind.valueProperty().addListener((o, old, value) -> model.kindProperty().set(value.equals(ANY_KIND) ? null : value));
        Tips.on(pause, "Keep the connection, stop recording messages (they are still counted)");
        model.rows().addListener((ListChangeListener<TimelineEntry>) this::rowsChanged);
        table.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (model.newestFirstProperty().get() == e.getDeltaY() < 0) {
                model.followProperty().set(false); // the user scrolled away from the newest rows
            }
        });
        // a row clicked in a stream stays under the pointer: following stops, and the new-events hint says so
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (rowOf(e.getPickResult().getIntersectedNode()) != null) {
                model.followProperty().set(false);
            }
        });
        model.followProperty().addListener((o, old, on) -> {
            if (on && !model.rows().isEmpty()) {
                table.scrollTo(model.newestFirstProperty().get() ? 0 : model.rows().size() - 1);
            }
        });
        // Widths: time, kind and size never shorter than their usual values ("handshake-response"; the table
        // narrows the other columns to their least before the last); the sequence number gives way, showing its
        // last digits (CSS: seq-column), which tell neighbouring rows apart where its first ones are the same;
        // the preview takes what is left.
        TableColumn<TimelineEntry, String> seq = column("#", 60, 44, entry -> Long.toString(entry.seq()));
        seq.getStyleClass().add("seq-column");
        table.getColumns().add(seq);
        table.getColumns().add(column("Time", 102, 102, entry -> CLOCK.format(Instant.ofEpochMilli(entry.epochMillis()))));
        // the arrow's cells have no side padding: with the theme's 8 px a side, 24 px left the glyph no room
        TableColumn<TimelineEntry, String> arrow = column("", 24, 24, entry -> arrow(entry.event()));
        arrow.getStyleClass().add("arrow-column");
        table.getColumns().add(arrow);
        table.getColumns().add(column("Kind", 152, 152, entry -> entry.event().kind()));
        table.getColumns().add(column("Size", 66, 66, entry -> size(entry.event())));
        TableColumn<TimelineEntry, String> summary = column("Summary", 220, 120,
                entry -> model.decoded(entry).map(decoded -> decoded.summary()).orElse(""));
        summary.setId("timeline-summary");
        summary.visibleProperty().bind(model.anyProtocolProperty());
        table.getColumns().add(summary);
        table.getColumns().add(column("Preview", 400, 120, entry -> EventText.preview(entry.event(), 300)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setItems(model.rows());
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.searchingProperty().get() ? "Searching…"
                        : model.filterTextProperty().get().isBlank() && model.directionProperty().get() == null
                        && model.kindProperty().get() == null ? noEvents
                        : "No event matches the filter.",
                model.searchingProperty(), model.filterTextProperty(), model.directionProperty(), model.kindProperty()));
        table.setPlaceholder(placeholder);
        RowMenu rowMenu = recall == null ? null : new RowMenu(recall);
        table.setRowFactory(t -> new EventRow(recall, rowMenu));
        SelectionAside aside = new SelectionAside();
        model.rows().aroundTopInserts(aside);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, entry) -> {
            if (!aside.stepping()) {
                model.selectedProperty().set(entry);
            }
        });
        filter.setPromptText("Filter events"); // the rule in the tip: a longer prompt is cut off at the window's default width
        Tips.on(filter, "Events whose text holds every word; .* for a regular expression, Aa to match case");
        filter.setAccessibleText("filter events");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        newestFirst.selectedProperty().bindBidirectional(model.newestFirstProperty());
        clear.setOnAction(e -> model.clear());
        for (javafx.scene.control.Control control : new javafx.scene.control.Control[] {regex, matchCase}) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the filter field gives way, not "Aa"
        }
        filter.setMinWidth(80);
        filter.setPrefWidth(100); // it grows into what is left: the menus beside it keep their words
        direction.setMinWidth(80); // the menus give way too: their whole choice shows when they open
        kind.setMinWidth(80);
        // the heartbeat switch keeps its words (they count what is hidden): the others give way for it sooner
        Compact.belowWidth(this, javafx.beans.binding.Bindings.when(model.anyProtocolProperty()).then(720).otherwise(500),
                newestFirst, follow, pause, clear);
        HBox bar = new HBox(6, filter, regex, matchCase, direction, kind);
        bar.setAlignment(Pos.CENTER_LEFT);
        heartbeatToggle();
        controls = new HBox(6, newestFirst, heartbeats, clear);
        controls.setAlignment(Pos.CENTER_LEFT);
        StackPane rowsWithHint = new StackPane(table, newEventsHint());
        VBox.setVgrow(rowsWithHint, Priority.ALWAYS);
        getChildren().addAll(bar, filterError, controls, rowsWithHint);
        setSpacing(6);
        setPadding(new Insets(8));
    }

    /** Show heartbeats, saying how many are hidden; there only once a connection spoke a protocol. */
    private void heartbeatToggle() {
        heartbeats.setId("timeline-heartbeats");
        heartbeats.selectedProperty().bindBidirectional(model.showHeartbeatsProperty());
        heartbeats.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.showHeartbeatsProperty()
                .get() ? "Hide heartbeats" : String.format(java.util.Locale.ENGLISH, "Show heartbeats (%,d)",
                model.heartbeatsHiddenProperty().get()), model.showHeartbeatsProperty(), model.heartbeatsHiddenProperty()));
        heartbeats.visibleProperty().bind(model.anyProtocolProperty());
        heartbeats.managedProperty().bind(heartbeats.visibleProperty());
        heartbeats.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tips.on(heartbeats, "The protocol's keep-alive frames (Engine.IO pings, STOMP newlines, Action Cable pings):"
                + " answered by Wscope, hidden unless you want to see them");
    }

    /**
     * "N new events" over the rows while not following: a click on a row stops following (the row would
     * scroll away under the pointer in a stream), and this says so and takes the user back to the newest.
     */
    private Button newEventsHint() {
        Button hint = new Button();
        hint.setId("timeline-new-events");
        hint.getStyleClass().addAll(Styles.ACCENT, Styles.ROUNDED, Styles.SMALL);
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> String.format(
                java.util.Locale.ENGLISH, "%s %,d new event%s: follow", model.newestFirstProperty().get() ? "↑" : "↓",
                model.unseenProperty().get(), model.unseenProperty().get() == 1 ? "" : "s"),
                model.unseenProperty(), model.newestFirstProperty()));
        hint.visibleProperty().bind(model.unseenProperty().greaterThan(0));
        hint.setOnAction(e -> model.followProperty().set(true));
        hint.setFocusTraversable(false);
        Tips.on(hint, "Following stopped when you clicked a row or scrolled: click to see the newest events again");
        placeHint(hint, model.newestFirstProperty().get());
        model.newestFirstProperty().addListener((o, was, newestFirst) -> placeHint(hint, newestFirst));
        return hint;
    }

    /** Where the new events come in: under the column titles, or above the horizontal scroll bar. */
    private static void placeHint(Button hint, boolean newestFirst) {
        StackPane.setAlignment(hint, newestFirst ? Pos.TOP_CENTER : Pos.BOTTOM_CENTER);
        StackPane.setMargin(hint, newestFirst ? new Insets(34, 0, 0, 0) : new Insets(0, 0, 18, 0));
    }

    /** Any kind, then the messages a user filters for most, then every other kind. */
    private static List<String> kindChoices() {
        List<String> choices = new ArrayList<>(List.of(ANY_KIND, EventKind.SENT.word(), EventKind.RECEIVED.word()));
        Stream.of(EventKind.values()).map(EventKind::word).filter(word -> !choices.contains(word)).forEach(choices::add);
        return choices;
    }

    private static TableRow<?> rowOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableRow<?> row) {
                return row.getItem() == null ? null : row;
            }
        }
        return null;
    }

    /** Following, the newest row stays in view; not following, the rows on show stay where they are. */
    private void rowsChanged(ListChangeListener.Change<? extends TimelineEntry> change) {
        while (change.next()) {
            if (!change.wasAdded() || change.wasRemoved()) {
                continue;
            }
            boolean atTop = change.getFrom() == 0 && model.newestFirstProperty().get();
            VirtualFlow<?> scroller = flow();
            if (scroller == null || scroller.getFirstVisibleCell() == null) {
                continue;
            }
            int first = scroller.getFirstVisibleCell().getIndex();
            if (model.followProperty().get()) {
                if (!atTop) {
                    table.scrollTo(model.rows().size() - 1);
                } else if (first != 0) {
                    table.scrollTo(0); // already showing the newest rows: nothing to move, nothing to lay out
                }
            } else if (atTop) {
                table.scrollTo(first + change.getAddedSize());
            }
        }
    }

    /**
     * The table's scroller, found once its skin exists (and again if a new skin replaced it): a lookup at
     * every batch parsed its selector anew.
     */
    private VirtualFlow<?> flow() {
        if ((flow == null || flow.getParent() == null) && table.lookup(".virtual-flow") instanceof VirtualFlow<?> found) {
            flow = found;
        }
        return flow;
    }

    private static String arrow(TimelineEvent event) {
        return event.direction() == null ? "" : event.direction().arrow();
    }

    private static String size(TimelineEvent event) {
        return event instanceof TimelineEvent.Message || event instanceof TimelineEvent.Control
                ? EventText.size(event.size()) : "";
    }

    private static TableColumn<TimelineEntry, String> column(String title, double width, double minWidth,
                                                             Function<TimelineEntry, String> text) {
        TableColumn<TimelineEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(text.apply(data.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setSortable(false);
        return column;
    }

    public TableView<TimelineEntry> table() {
        return table;
    }

    /**
     * The rows' one context menu, made the first time it is asked for: a menu of its own cost every new row a
     * popup window and its scene, about a tenth of the FX thread's work in a fresh window's first connection.
     */
    private static final class RowMenu {
        private final Consumer<TimelineEntry> recall;
        private ContextMenu menu;
        private TimelineEntry target;

        RowMenu(Consumer<TimelineEntry> recall) {
            this.recall = recall;
        }

        void show(EventRow row, double screenX, double screenY) {
            if (menu == null) {
                MenuItem recallItem = new MenuItem("Recall into composer");
                recallItem.setOnAction(e -> recall.accept(target));
                menu = new ContextMenu(recallItem);
            }
            target = row.getItem();
            menu.show(row, screenX, screenY);
        }
    }

    /**
     * JavaFX moves a selection past rows added above it by walking every index down to the insert point
     * (MultipleSelectionModelBase.shiftSelection), so with a row selected in a flood each batch cost time in
     * proportion to how far down the row had moved: a sixth of the FX thread in a 200,000-message flood, more
     * in longer sessions. With no selection it does nothing, so the selection steps aside for the batch and
     * comes back as many rows lower as were added; the detail pane is not told.
     */
    private final class SelectionAside implements TimelineRows.TopInserts {
        /** The selected row while a batch goes in above it; -1 otherwise. */
        private int index = -1;

        boolean stepping() {
            return index >= 0;
        }

        @Override
        public void before() {
            index = table.getSelectionModel().getSelectedIndex();
            if (stepping()) {
                table.getSelectionModel().clearSelection();
            }
        }

        @Override
        public void after(int added) {
            if (stepping()) {
                table.getSelectionModel().select(index + added);
                index = -1;
            }
        }
    }

    /**
     * A row coloured by its kind; double-click or the menu recalls a message into the composer, if any. The kind
     * is a pseudo-class, not a style class: a style class change re-applies all CSS to the row, and in a
     * fast stream every visible row changes item at every pulse.
     */
    private static final class EventRow extends TableRow<TimelineEntry> {
        private static final Map<String, PseudoClass> KINDS = Stream.of(EventKind.values()).map(EventKind::word)
                .collect(Collectors.toMap(kind -> kind, PseudoClass::getPseudoClass));

        EventRow(Consumer<TimelineEntry> recall, RowMenu menu) {
            if (recall == null) {
                return;
            }
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && isMessage()) {
                    recall.accept(getItem());
                }
            });
            setOnContextMenuRequested(e -> {
                if (isMessage()) {
                    menu.show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
        }

        private boolean isMessage() {
            return getItem() != null && getItem().event() instanceof TimelineEvent.Message;
        }

        @Override
        protected void updateItem(TimelineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            String kind = empty || entry == null ? null : entry.event().kind();
            KINDS.forEach((name, pseudoClass) -> pseudoClassStateChanged(pseudoClass, name.equals(kind)));
        }
    }
}
