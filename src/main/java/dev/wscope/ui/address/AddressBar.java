package dev.wscope.ui.address;

import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.ui.common.Compact;
import dev.wscope.ui.common.Icons;
import dev.wscope.ui.common.Tips;
import dev.wscope.session.ConnectionState;
import dev.wscope.ui.session.SessionViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The address row: `protocol` (raw, Socket.IO, GraphQL, STOMP, Action Cable), `url` (Enter connects), `connect` (Connect / Disconnect), the close code and reason
 * used when disconnecting, `connection-state`, and under it what is wrong with the address, with a
 * one-click correction where there is one.
 */
public final class AddressBar extends VBox {
    private static final String CONNECT = "Connect";
    /** Below this width (a 1024 px window) Save and Diagnose keep only their icons, or Diagnose left the window. */
    private static final double COMPACT_BELOW = 880;
    private static final String DISCONNECT = "Disconnect";
    /** While connecting, the button stops the attempt (the state beside it says "Connecting …"). */
    private static final String CANCEL = "Cancel";
    private final TextField url = new TextField();
    private final ComboBox<ProtocolKind> protocol = new ComboBox<>(FXCollections.observableArrayList(ProtocolKind.values()));
    private final Button connect = Icons.on(new Button(CONNECT), Feather.LINK);
    private final Button diagnose = Icons.on(new Button("Diagnose"), Feather.ACTIVITY);
    private final Label insecure = new Label("INSECURE");
    private final TextField closeCode = new TextField();
    private final TextField closeReason = new TextField();
    private final Label state = new Label();
    private final Label error = new Label();
    private final Hyperlink fix = new Hyperlink();
    private final Label offerText = new Label();
    private final Hyperlink offer = new Hyperlink();
    private final HBox protocolOffer = new HBox(8, offerText, offer);

    private final Button recent = Icons.on(new Button(), Feather.CHEVRON_DOWN);
    private final ContextMenu recentMenu = new ContextMenu();

    public AddressBar(SessionViewModel session, RecentUrls recentUrls) {
        url.setId("url");
        protocol.setId("protocol");
        connect.setId("connect");
        diagnose.setId("diagnose");
        insecure.setId("insecure-flag");
        closeCode.setId("close-code");
        closeReason.setId("close-reason");
        state.setId("connection-state");
        error.setId("url-error");
        fix.setId("url-fix");
        recent.setId("recent-urls");
        Tips.on(recent, "Addresses connected to lately");
        recent.setAccessibleText("recent addresses");
        recentMenu.setId("recent-urls-menu");
        // under the address, from its left edge, as a browser's list: under its own button at the right, a
        // long address ran off the window
        recent.setOnAction(e -> {
            recentMenu.getItems().setAll(recentUrls.urls().stream().map(address -> {
                MenuItem item = new MenuItem(RecentUrls.shortened(address));
                item.setMnemonicParsing(false);
                item.setOnAction(chosen -> session.form().urlProperty().set(address));
                return item;
            }).toList());
            recentMenu.show(url, Side.BOTTOM, 0, 0);
        });
        recent.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(recentUrls.urls()));
        layOut();
        bind(session);
        url.setOnAction(e -> session.connect());
        connect.setOnAction(e -> session.toggleConnection());
        diagnose.setOnAction(e -> session.diagnose());
        fix.setOnAction(e -> session.form().acceptSuggestion());
        offer.setOnAction(e -> session.acceptSuggestedProtocol());
    }

    private void layOut() {
        url.setPromptText("ws://host:port/path");
        url.setAccessibleText("WebSocket address");
        url.getStyleClass().add("url-field");
        HBox.setHgrow(url, Priority.ALWAYS);
        connect.setDefaultButton(false);
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
        // Shown while connected, its place kept while not: rows coming and going under the address moved the
        // whole request pane at every connect and close, relaid and repainted (in software most of a frame, twice
        // for a short flood, on the cores that receive it).
        closeBox.visibleProperty().bind(connect.textProperty().isEqualTo(DISCONNECT));
        state.getStyleClass().add("connection-state");
        Tips.on(diagnose, "Check DNS, TCP, TLS and the upgrade step by step");
        insecure.getStyleClass().add("insecure-flag");
        Tips.on(insecure, "Certificate checks are off for this request (Settings)");
        insecure.managedProperty().bind(insecure.visibleProperty());
        Compact.belowWidth(this, COMPACT_BELOW, diagnose);
        protocol.setAccessibleText("protocol spoken over the connection");
        Tips.on(protocol, "The protocol spoken over the frames: Wscope frames what you compose, answers its heartbeats"
                + " and reads what comes back in its terms");
        protocol.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ProtocolKind kind) {
                return kind == null ? "" : kind.title();
            }

            @Override
            public ProtocolKind fromString(String title) {
                return java.util.Arrays.stream(ProtocolKind.values()).filter(k -> k.title().equals(title)).findFirst()
                        .orElse(ProtocolKind.RAW);
            }
        });
        HBox row = new HBox(8, insecure, protocol, url, recent, connectSlot(), diagnose);
        row.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.control.Control control : new javafx.scene.control.Control[] {connect, diagnose, recent, state,
            protocol}) {
            control.setMinWidth(Region.USE_PREF_SIZE); // the address gives way, never a button's label
        }
        // The state and, while connected, the close code and reason sit under the address: one row would
        // squeeze the address to nothing in a narrow window.
        HBox stateRow = new HBox(10, state, closeBox);
        stateRow.setAlignment(Pos.CENTER_LEFT);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        HBox errorRow = new HBox(8, error, fix);
        errorRow.setAlignment(Pos.CENTER_LEFT);
        errorRow.managedProperty().bind(error.textProperty().isNotEmpty());
        errorRow.visibleProperty().bind(errorRow.managedProperty());
        getChildren().addAll(row, stateRow, errorRow, protocolOffer);
        setSpacing(4);
        setPadding(new Insets(10, 10, 6, 10));
    }

    /**
     * The Connect button in a slot as wide as its widest label, held open by hidden copies of the others:
     * a button that widened at connect ("Disconnect") and narrowed at close resized the address beside it,
     * a layout and a repaint of the row in the first milliseconds of every connection.
     */
    private StackPane connectSlot() {
        StackPane slot = new StackPane();
        for (String label : new String[] {CANCEL, DISCONNECT}) {
            Button widest = Icons.on(new Button(label), Feather.LINK);
            widest.getStyleClass().add("accent");
            widest.setVisible(false);
            widest.setFocusTraversable(false);
            slot.getChildren().add(widest);
        }
        connect.setMaxWidth(Double.MAX_VALUE);
        slot.getChildren().add(connect);
        slot.setMinWidth(Region.USE_PREF_SIZE);
        return slot;
    }

    private void bind(SessionViewModel session) {
        url.textProperty().bindBidirectional(session.form().urlProperty());
        protocol.valueProperty().bindBidirectional(session.form().settings().protocol().kindProperty());
        closeCode.textProperty().bindBidirectional(session.closeCodeProperty());
        closeReason.textProperty().bindBidirectional(session.closeReasonProperty());
        state.textProperty().bind(session.stateTextProperty());
        insecure.visibleProperty().bind(session.form().tls().insecureProperty());
        state.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        error.textProperty().bind(Bindings.when(session.closeErrorProperty().isNotEmpty())
                .then(session.closeErrorProperty()).otherwise(session.form().urlErrorProperty()));
        fix.textProperty().bind(Bindings.concat("Use ", session.form().urlSuggestionProperty()));
        fix.visibleProperty().bind(session.form().urlSuggestionProperty().isNotEmpty());
        bindProtocolOffer(session);
        connect.textProperty().bind(Bindings.createStringBinding(() -> switch (session.stateProperty().get()) {
            case CONNECTED -> DISCONNECT;
            case CONNECTING -> CANCEL;
            default -> CONNECT;
        }, session.stateProperty()));
        session.stateProperty().addListener((o, old, now) -> {
            connect.setGraphic(Icons.of(now == ConnectionState.CONNECTED || now == ConnectionState.CONNECTING
                    ? Feather.X : Feather.LINK));
            state.getStyleClass().removeAll("state-connected", "state-failed", "state-closed");
            switch (now) {
                case CONNECTED -> state.getStyleClass().add("state-connected");
                case FAILED -> state.getStyleClass().add("state-failed");
                case CLOSED -> state.getStyleClass().add("state-closed");
                default -> { }
            }
        });
    }

    /** "This server speaks Socket.IO: Speak Socket.IO and reconnect", when a raw connection shows a known protocol. */
    private void bindProtocolOffer(SessionViewModel session) {
        offer.setId("protocol-offer");
        offerText.setId("protocol-offer-text");
        var suggested = session.suggestedProtocolProperty();
        offerText.textProperty().bind(Bindings.createStringBinding(() -> suggested.get() == null ? ""
                : "This server speaks " + suggested.get().title() + ": Wscope can frame your messages, answer its"
                + " heartbeats and decode what it sends.", suggested));
        offer.textProperty().bind(Bindings.createStringBinding(() -> suggested.get() == null ? ""
                : "Speak " + suggested.get().title() + " and reconnect", suggested));
        offerText.setWrapText(true);
        offer.setMinWidth(Region.USE_PREF_SIZE);
        protocolOffer.setAlignment(Pos.CENTER_LEFT);
        protocolOffer.visibleProperty().bind(suggested.isNotNull());
        protocolOffer.managedProperty().bind(protocolOffer.visibleProperty());
    }

    /** Adds an action right after the Connect button (e.g. Save); it keeps its whole width. */
    public void addAfterConnect(javafx.scene.control.Control control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        if (control instanceof Button button) {
            Compact.belowWidth(this, COMPACT_BELOW, button);
        }
        HBox row = (HBox) getChildren().get(0);
        row.getChildren().add(row.getChildren().indexOf(connect.getParent()) + 1, control);
    }
}
