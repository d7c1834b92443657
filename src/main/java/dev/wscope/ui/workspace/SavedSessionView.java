package dev.wscope.ui.workspace;

import dev.wscope.ui.common.Icons;
import dev.wscope.ui.detail.EventDetailView;
import dev.wscope.ui.help.Shortcut;
import dev.wscope.ui.timeline.TimelineView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * What a saved session's tab shows: which file it is and where it was recorded (`saved-session-file`), then
 * its timeline over the event detail, searched and filtered as a live one. Nothing connects: no address, no
 * composer, no environment.
 */
final class SavedSessionView extends VBox {
    SavedSessionView(SavedSessionTab tab, Workbench workbench) {
        Label file = Icons.on(new Label(describe(tab)), Feather.FILE_TEXT);
        file.setId("saved-session-file");
        file.getStyleClass().add("hint");
        HBox header = new HBox(file);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 8, 0, 8));
        SplitPane events = EventsPane.of(TimelineView.recorded(tab.timelineModel()), new EventDetailView(tab.timelineModel()),
                workbench);
        VBox.setVgrow(events, Priority.ALWAYS);
        getChildren().addAll(header, events);
    }

    private static String describe(SavedSessionTab tab) {
        String recorded = tab.recordedAddress().map(url -> ", recorded from " + url).orElse("");
        return String.format(java.util.Locale.ROOT, "Saved session %s: %,d events%s. It does not connect: open a new tab"
                + " (" + Shortcut.NEW_TAB.shown() + ") for that.", tab.file().toAbsolutePath(), tab.timeline().size(), recorded);
    }
}
