package dev.wscope.ui.detail;

import dev.wscope.core.detail.DetailText;
import dev.wscope.core.detail.Language;
import dev.wscope.ui.Highlighting;
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

/** The selected event in full (`event-detail`): one read-only CodeArea for every event, never one per row. */
public final class EventDetailView extends VBox {
    private final CodeArea area = new CodeArea();
    private final Label title = new Label("Select an event to see it in full");
    private final Button copy = new Button("Copy");
    private final Button recall = new Button("Recall into composer");

    public EventDetailView(TimelineViewModel model, Runnable recallSelected) {
        area.setId("event-detail");
        copy.setId("detail-copy");
        recall.setId("detail-recall");
        area.setEditable(false);
        area.setAccessibleText("event detail");
        area.getStyleClass().add("code");
        copy.setOnAction(e -> copyAll());
        recall.setOnAction(e -> recallSelected.run());
        title.getStyleClass().add("hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, recall, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(bar, scroll);
        setSpacing(6);
        setPadding(new Insets(8));
        model.detailProperty().addListener((o, old, detail) -> show(detail));
        model.selectedProperty().addListener((o, old, entry) -> {
            boolean message = entry != null && entry.event() instanceof dev.wscope.core.timeline.TimelineEvent.Message;
            recall.setDisable(!message);
            title.setText(entry == null ? "Select an event to see it in full"
                    : "#" + entry.seq() + "  " + entry.event().kind());
        });
        recall.setDisable(true);
    }

    private void show(DetailText detail) {
        area.replaceText(detail == null ? "" : detail.text());
        Highlighting.apply(area, detail == null ? Language.PLAIN : detail.language());
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Copies the selection, or everything when nothing is selected. */
    private void copyAll() {
        String selected = area.getSelectedText();
        ClipboardContent content = new ClipboardContent();
        content.putString(selected.isEmpty() ? area.getText() : selected);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
