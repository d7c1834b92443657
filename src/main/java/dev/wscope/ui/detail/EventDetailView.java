package dev.wscope.ui.detail;

import dev.wscope.core.detail.DetailDocument;
import dev.wscope.core.detail.DetailText;
import dev.wscope.core.detail.Language;
import dev.wscope.ui.common.Compact;
import dev.wscope.ui.common.Highlighting;
import dev.wscope.ui.common.Icons;
import dev.wscope.ui.timeline.TimelineViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;

/** The selected event in full (`event-detail`): one read-only CodeArea for every event, never one per row. */
public final class EventDetailView extends VBox {
    private final CodeArea area = new CodeArea();
    private final Label title = new Label("Select an event to see it in full");
    private final Button copy = Icons.on(new Button("Copy"), Feather.COPY);
    private final Button recall = Icons.on(new Button("Recall into composer"), Feather.CORNER_UP_LEFT);
    private final Button previous = Icons.on(new Button(), Feather.CHEVRON_LEFT);
    private final Button next = Icons.on(new Button(), Feather.CHEVRON_RIGHT);
    private final Label pageLabel = new Label();
    private final TimelineViewModel model;
    private final HBox bar;

    /** A live session's event in full, with Recall into composer. */
    public EventDetailView(TimelineViewModel model, Runnable recallSelected) {
        this(model);
        recall.setOnAction(e -> recallSelected.run());
        bar.getChildren().add(bar.getChildren().indexOf(copy), recall);
    }

    /** A recorded event in full (a saved session's): there is no composer to recall it into. */
    public EventDetailView(TimelineViewModel model) {
        this.model = model;
        area.setId("event-detail");
        previous.setId("detail-previous-page");
        next.setId("detail-next-page");
        pageLabel.setId("detail-page");
        previous.setOnAction(e -> model.previousPage());
        next.setOnAction(e -> model.nextPage());
        previous.setAccessibleText("previous page");
        next.setAccessibleText("next page");
        copy.setId("detail-copy");
        recall.setId("detail-recall");
        area.setEditable(false);
        area.setAccessibleText("event detail");
        area.getStyleClass().add("code");
        copy.setOnAction(e -> copyAll());
        title.getStyleClass().add("hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox pager = new HBox(4, previous, pageLabel, next);
        pager.setAlignment(Pos.CENTER_LEFT);
        pager.visibleProperty().bind(pageLabel.textProperty().isNotEmpty());
        pager.managedProperty().bind(pager.visibleProperty());
        Compact.belowWidth(this, 520, recall, copy);
        bar = new HBox(8, title, gap, pager, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(bar, scroll);
        setSpacing(6);
        setPadding(new Insets(8));
        model.shownPageProperty().addListener((o, old, page) -> show(page));
        model.selectedProperty().addListener((o, old, entry) -> {
            boolean message = entry != null && entry.event() instanceof dev.wscope.core.timeline.TimelineEvent.Message;
            recall.setDisable(!message);
            title.setText(entry == null ? "Select an event to see it in full"
                    : "#" + entry.seq() + "  " + entry.event().kind());
        });
        recall.setDisable(true);
    }

    private void show(DetailText page) {
        Highlighting.show(area, page == null ? "" : page.text(), page == null ? Language.PLAIN : page.language());
        area.moveTo(0);
        area.requestFollowCaret();
        DetailDocument document = model.detailProperty().get();
        int pages = document == null ? 1 : document.pageCount();
        pageLabel.setText(pages > 1 ? "page " + (model.pageProperty().get() + 1) + " of " + pages : "");
        previous.setDisable(model.pageProperty().get() == 0);
        next.setDisable(model.pageProperty().get() + 1 >= pages);
    }

    /** Copies the selection, or else the whole event (or, for a huge binary, the page on show). */
    private void copyAll() {
        String selected = area.getSelectedText();
        DetailDocument document = model.detailProperty().get();
        String whole = document == null || document.wholeText() == null ? area.getText() : document.wholeText();
        ClipboardContent content = new ClipboardContent();
        content.putString(selected.isEmpty() ? whole : selected);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
