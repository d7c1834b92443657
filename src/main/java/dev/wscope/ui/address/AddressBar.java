package dev.wscope.ui.address;

import dev.wscope.ui.session.ConnectionState;
import dev.wscope.ui.session.SessionViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The address row: `url` (Enter connects), `connect` (Connect / Disconnect), the close code and reason
 * used when disconnecting, `connection-state`, and under it what is wrong with the address, with a
 * one-click correction where there is one.
 */
public final class AddressBar extends VBox {
    private final TextField url = new TextField();
    private final Button connect = new Button("Connect");
    private final Button diagnose = new Button("Diagnose");
    private final Label insecure = new Label("INSECURE");
    private final TextField closeCode = new TextField();
    private final TextField closeReason = new TextField();
    private final Label state = new Label();
    private final Label error = new Label();
    private final Hyperlink fix = new Hyperlink();

    public AddressBar(SessionViewModel session) {
        url.setId("url");
        connect.setId("connect");
        diagnose.setId("diagnose");
        insecure.setId("insecure-flag");
        closeCode.setId("close-code");
        closeReason.setId("close-reason");
        state.setId("connection-state");
        error.setId("url-error");
        fix.setId("url-fix");
        layOut();
        bind(session);
        url.setOnAction(e -> session.connect());
        connect.setOnAction(e -> session.toggleConnection());
        diagnose.setOnAction(e -> session.diagnose());
        fix.setOnAction(e -> session.acceptSuggestion());
    }

    private void layOut() {
        url.setPromptText("ws://host:port/path");
        url.setAccessibleText("WebSocket address");
        url.getStyleClass().add("url-field");
        HBox.setHgrow(url, Priority.ALWAYS);
        connect.setDefaultButton(false);
        connect.setMinWidth(110);
        connect.getStyleClass().add("accent");
        closeCode.setPrefColumnCount(4);
        closeCode.setPromptText("1000");
        closeCode.setAccessibleText("close code");
        closeReason.setPromptText("close reason");
        closeReason.setAccessibleText("close reason");
        closeReason.setPrefColumnCount(12);
        Label closeLabel = new Label("close with");
        closeLabel.getStyleClass().add("hint");
        HBox closeBox = new HBox(6, closeLabel, closeCode, closeReason);
        closeBox.setAlignment(Pos.CENTER_LEFT);
        closeBox.visibleProperty().bind(connect.textProperty().isEqualTo("Disconnect"));
        closeBox.managedProperty().bind(closeBox.visibleProperty());
        state.getStyleClass().add("connection-state");
        state.setMinWidth(120);
        diagnose.setTooltip(new javafx.scene.control.Tooltip("Check DNS, TCP, TLS and the upgrade step by step"));
        insecure.getStyleClass().add("insecure-flag");
        insecure.setTooltip(new javafx.scene.control.Tooltip("Certificate checks are off for this request (Settings)"));
        insecure.managedProperty().bind(insecure.visibleProperty());
        HBox row = new HBox(8, insecure, url, connect, closeBox, diagnose, state);
        row.setAlignment(Pos.CENTER_LEFT);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        HBox errorRow = new HBox(8, error, fix);
        errorRow.setAlignment(Pos.CENTER_LEFT);
        errorRow.managedProperty().bind(error.textProperty().isNotEmpty());
        errorRow.visibleProperty().bind(errorRow.managedProperty());
        getChildren().addAll(row, errorRow);
        setSpacing(4);
        setPadding(new Insets(10, 10, 6, 10));
    }

    private void bind(SessionViewModel session) {
        url.textProperty().bindBidirectional(session.urlProperty());
        closeCode.textProperty().bindBidirectional(session.closeCodeProperty());
        closeReason.textProperty().bindBidirectional(session.closeReasonProperty());
        state.textProperty().bind(session.stateTextProperty());
        insecure.visibleProperty().bind(session.tls().insecureProperty());
        state.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        error.textProperty().bind(Bindings.when(session.closeErrorProperty().isNotEmpty())
                .then(session.closeErrorProperty()).otherwise(session.urlErrorProperty()));
        fix.textProperty().bind(Bindings.concat("Use ", session.urlSuggestionProperty()));
        fix.visibleProperty().bind(session.urlSuggestionProperty().isNotEmpty());
        connect.textProperty().bind(Bindings.createStringBinding(() -> switch (session.stateProperty().get()) {
            case CONNECTED -> "Disconnect";
            case CONNECTING -> "Connecting…";
            default -> "Connect";
        }, session.stateProperty()));
        connect.disableProperty().bind(session.stateProperty().isEqualTo(ConnectionState.CONNECTING));
        session.stateProperty().addListener((o, old, now) -> {
            state.getStyleClass().removeAll("state-connected", "state-failed", "state-closed");
            switch (now) {
                case CONNECTED -> state.getStyleClass().add("state-connected");
                case FAILED -> state.getStyleClass().add("state-failed");
                case CLOSED -> state.getStyleClass().add("state-closed");
                default -> { }
            }
        });
    }

    /** Adds an action right after the Connect button (e.g. Save). */
    public void addAfterConnect(javafx.scene.Node node) {
        HBox row = (HBox) getChildren().get(0);
        row.getChildren().add(row.getChildren().indexOf(connect) + 1, node);
    }

    public TextField urlField() {
        return url;
    }
}
