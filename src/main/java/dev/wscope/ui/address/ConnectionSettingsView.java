package dev.wscope.ui.address;

import dev.wscope.ui.session.SessionViewModel;
import dev.wscope.ui.session.TlsSettings;
import javafx.scene.control.CheckBox;
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
        addTlsRows(session.tls(), 3);
        setHgap(12);
        setVgap(10);
        setPadding(new Insets(12));
        GridPane.setHgrow(subprotocols, javafx.scene.layout.Priority.ALWAYS);
    }

    private void addTlsRows(TlsSettings tls, int row) {
        CheckBox verify = new CheckBox("Verify the server's certificate (turning this off marks the request INSECURE)");
        verify.setId("tls-verify");
        verify.setSelected(!tls.insecureProperty().get());
        verify.selectedProperty().addListener((o, old, on) -> tls.insecureProperty().set(!on));
        tls.insecureProperty().addListener((o, old, off) -> verify.setSelected(!off));
        CheckBox hostname = new CheckBox("Check that the certificate names the host");
        hostname.setId("tls-hostname");
        hostname.selectedProperty().bindBidirectional(tls.verifyHostnameProperty());
        TextField caFile = new TextField();
        caFile.setId("tls-ca-file");
        caFile.setPromptText("PEM file of a private CA to trust as well");
        caFile.textProperty().bindBidirectional(tls.caFileProperty());
        TextField pins = new TextField();
        pins.setId("tls-trusted");
        pins.setPromptText("SHA-256 fingerprints of certificates to trust");
        pins.textProperty().bindBidirectional(tls.trustedFingerprintsProperty());
        add(new Label("TLS"), 0, row);
        add(verify, 1, row);
        add(hostname, 1, row + 1);
        addRow(row + 2, new Label("CA file"), caFile);
        addRow(row + 3, new Label("Trusted certificates"), pins);
    }
}
