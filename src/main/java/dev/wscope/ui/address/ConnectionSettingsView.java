package dev.wscope.ui.address;

import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.ui.common.Fields;
import dev.wscope.ui.session.ConnectionSettings;
import dev.wscope.ui.session.ProtocolSettings;
import dev.wscope.ui.session.SessionViewModel;
import dev.wscope.ui.session.TlsSettings;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The request's connection settings: subprotocols, the protocol's own settings, timeout, size limit, TLS, proxy, Origin, redirects,
 * compression, keep-alive pings, the automatic pong and reconnection.
 */
public final class ConnectionSettingsView extends ScrollPane {
    private final GridPane grid = new GridPane();
    private int row;

    public ConnectionSettingsView(SessionViewModel session) {
        ConnectionSettings settings = session.form().settings();
        TextField subprotocols = Fields.text("subprotocols", "e.g. graphql-transport-ws, v2.chat (in order of preference)");
        subprotocols.textProperty().bindBidirectional(session.form().subprotocolsProperty());
        add("Subprotocols", subprotocols);
        addProtocol(settings.protocol());
        add("Handshake timeout", withUnit(spinner("handshake-timeout", 1, 600, settings.handshakeTimeoutSecondsProperty()),
                "seconds"));
        add("Largest message", withUnit(spinner("max-message-size", 1, 2047, settings.maxMessageMiBProperty()), "MiB"));
        TextField origin = Fields.text("origin", "default: http(s)://host of the address");
        origin.textProperty().bindBidirectional(settings.originProperty());
        add("Origin", origin);
        TextField proxy = Fields.text("proxy", "http://[user:password@]host:port (HTTP CONNECT)");
        proxy.textProperty().bindBidirectional(settings.proxyProperty());
        add("Proxy", proxy);
        add("", check("follow-redirects", "Follow redirects (up to 5)", settings.followRedirectsProperty()));
        add("", check("deflate", "Offer permessage-deflate compression", settings.deflateProperty()));
        add("Ping every", withUnit(spinner("ping-interval", 0, 3600, settings.pingIntervalSecondsProperty()),
                "seconds (0: no pings)"));
        add("", check("auto-pong", "Answer the server's pings (off: see how the server takes a pong that never"
                + " comes; its pings still show)", settings.autoPongProperty()));
        add("", check("reconnect", "Reconnect when the server or the network ends the connection",
                settings.reconnectProperty()));
        add("Reconnect attempts", withUnit(spinner("reconnect-attempts", 1, 100, settings.reconnectAttemptsProperty()),
                "at most, then give up"));
        addTls(settings.tls());
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        setContent(grid);
        setFitToWidth(true);
    }

    private void addTls(TlsSettings tls) {
        CheckBox verify = new CheckBox("Verify the server's certificate (off marks the request INSECURE)");
        verify.setId("tls-verify");
        verify.setSelected(!tls.insecureProperty().get());
        verify.selectedProperty().addListener((o, old, on) -> tls.insecureProperty().set(!on));
        tls.insecureProperty().addListener((o, old, off) -> verify.setSelected(!off));
        add("TLS", verify);
        add("", check("tls-hostname", "Check that the certificate names the host", tls.verifyHostnameProperty()));
        TextField caFile = Fields.text("tls-ca-file", "PEM file of a private CA to trust as well");
        caFile.textProperty().bindBidirectional(tls.caFileProperty());
        add("CA file", caFile);
        TextField pins = Fields.text("tls-trusted", "SHA-256 fingerprints of certificates to trust");
        pins.textProperty().bindBidirectional(tls.trustedFingerprintsProperty());
        add("Trusted certificates", pins);
        TextField certificate = Fields.text("tls-client-cert", "client certificate: PKCS#12 file, or PEM certificate");
        certificate.textProperty().bindBidirectional(tls.clientCertificateProperty());
        add("Client certificate", certificate);
        TextField key = Fields.text("tls-client-key", "PEM private key (for a PEM certificate)");
        key.textProperty().bindBidirectional(tls.clientKeyProperty());
        add("Client key", key);
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("tls-client-password");
        password.setPromptText("PKCS#12 password");
        password.textProperty().bindBidirectional(tls.clientPasswordProperty());
        add("Password", password);
    }

    /** The chosen protocol's own settings, each row shown only under the protocols that read it. */
    private void addProtocol(ProtocolSettings protocol) {
        addFor(protocol, "Auth payload", protocolField(protocol, ProtocolSetup.AUTH, "protocol-auth",
                "JSON object sent with CONNECT, e.g. {\"token\": \"{{token}}\"}"), ProtocolKind.SOCKET_IO);
        addFor(protocol, "Engine.IO version", protocolField(protocol, ProtocolSetup.EIO, "protocol-eio",
                "4 (Socket.IO 3 and 4, the default) or 3 (Socket.IO 2)"), ProtocolKind.SOCKET_IO);
        addFor(protocol, "Socket.IO path", protocolField(protocol, ProtocolSetup.PATH, "protocol-path",
                "default /socket.io/"), ProtocolKind.SOCKET_IO);
        addFor(protocol, "connection_init payload", protocolField(protocol, ProtocolSetup.INIT, "protocol-init",
                "JSON object, e.g. {\"authToken\": \"{{token}}\"}"), ProtocolKind.GRAPHQL);
        addFor(protocol, "Login", protocolField(protocol, ProtocolSetup.LOGIN, "protocol-login", "CONNECT's login"),
                ProtocolKind.STOMP);
        javafx.scene.control.PasswordField passcode = new javafx.scene.control.PasswordField();
        passcode.setId("protocol-passcode");
        passcode.setPromptText("CONNECT's passcode (kept in the secrets file, never in the collection)");
        passcode.textProperty().bindBidirectional(protocol.setting(ProtocolSetup.PASSCODE));
        addFor(protocol, "Passcode", passcode, ProtocolKind.STOMP);
        addFor(protocol, "Virtual host", protocolField(protocol, ProtocolSetup.VHOST, "protocol-vhost",
                "CONNECT's host header, e.g. / for RabbitMQ"), ProtocolKind.STOMP);
        addFor(protocol, "Heart-beats", protocolField(protocol, ProtocolSetup.HEARTBEAT, "protocol-heartbeat",
                "sending,receiving in ms; default 10000,10000; 0,0 for none"), ProtocolKind.STOMP);
    }

    private static TextField protocolField(ProtocolSettings protocol, String key, String id, String prompt) {
        TextField field = Fields.text(id, prompt);
        field.textProperty().bindBidirectional(protocol.setting(key));
        return field;
    }

    private void addFor(ProtocolSettings protocol, String label, Node control, ProtocolKind kind) {
        add(label, control);
        var shown = protocol.kindProperty().isEqualTo(kind);
        for (Node node : grid.getChildren().subList(grid.getChildren().size() - 2, grid.getChildren().size())) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }

    /** A row: its name, never cut, then the control, which takes the rest of the width. */
    private void add(String label, Node control) {
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setLabelFor(control);
        if (control instanceof Labeled labeled) {
            labeled.setWrapText(true); // a long check box wraps rather than ending in "..."
            labeled.setMinHeight(Region.USE_PREF_SIZE);
        }
        grid.addRow(row++, name, control);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }

    private static Node withUnit(Spinner<Integer> spinner, String unit) {
        Label words = new Label(unit);
        words.getStyleClass().add("hint");
        words.setMinWidth(Region.USE_PREF_SIZE);
        spinner.setAccessibleHelp(unit);
        HBox line = new HBox(8, spinner, words);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, IntegerProperty property) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.valueProperty().addListener((o, old, now) -> property.set(now));
        property.addListener((o, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }
}
