package dev.wscope.ui.app;

import dev.wscope.ui.workspace.WorkspaceTab;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom line: the tab on show's traffic rates and totals, the outcome of the last file command, and where
 * the built-in test server answers.
 */
final class StatusBar extends HBox {
    StatusBar(ObservableValue<WorkspaceTab> selected, javafx.beans.value.ObservableStringValue notice, String localServerUrl) {
        Label rates = new Label();
        rates.setId("status-rates");
        selected.addListener((o, old, tab) -> rates.textProperty().bind(tab.traffic().textProperty()));
        rates.textProperty().bind(selected.getValue().traffic().textProperty());
        Label said = new Label();
        said.setId("status-notice");
        said.textProperty().bind(notice);
        Label server = new Label("Built-in test server: " + localServerUrl.replace("/echo", "")
                + " (/echo, /mirror, /flood) starts when you connect to it");
        server.setId("status-test-server");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(rates, said, gap, server);
        setSpacing(16);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
    }
}
