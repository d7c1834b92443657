package dev.wscope.ui.address;

import dev.wscope.ui.session.SessionViewModel;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The request's connection settings: subprotocols, handshake timeout, largest message accepted. */
public final class ConnectionSettingsView extends GridPane {
    public ConnectionSettingsView(SessionViewModel session) {
        TextField subprotocols = new TextField();
        subprotocols.setId("subprotocols");
        subprotocols.setPromptText("e.g. graphql-transport-ws, v2.chat (in order of preference)");
        subprotocols.setAccessibleText("subprotocols, comma-separated");
        subprotocols.textProperty().bindBidirectional(session.subprotocolsProperty());
        Spinner<Integer> timeout = new Spinner<>(1, 600, session.handshakeTimeoutSecondsProperty().get());
        timeout.setId("handshake-timeout");
        timeout.setEditable(true);
        timeout.valueProperty().addListener((o, old, now) -> session.handshakeTimeoutSecondsProperty().set(now));
        Spinner<Integer> maxSize = new Spinner<>(1, 2047, session.maxMessageMiBProperty().get());
        maxSize.setId("max-message-size");
        maxSize.setEditable(true);
        maxSize.valueProperty().addListener((o, old, now) -> session.maxMessageMiBProperty().set(now));
        addRow(0, new Label("Subprotocols"), subprotocols);
        addRow(1, new Label("Handshake timeout (s)"), timeout);
        addRow(2, new Label("Largest message (MiB)"), maxSize);
        setHgap(12);
        setVgap(10);
        setPadding(new Insets(12));
        GridPane.setHgrow(subprotocols, javafx.scene.layout.Priority.ALWAYS);
    }
}
