package dev.wscope.ui.composer;

import dev.wscope.ui.common.Fields;
import dev.wscope.ui.common.Icons;
import dev.wscope.ui.common.Tips;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Under the composer: `send-ping` with its payload, `ping-payload` (text, or hex with `ping-hex`), and `ping-error`. */
final class PingBar extends VBox {
    PingBar(PingModel model) {
        Button ping = Icons.on(new Button("Ping"), Feather.ACTIVITY);
        ping.setId("send-ping");
        Tips.on(ping, "Send a ping with this payload; the pong that answers it shows the round-trip time");
        TextField payload = Fields.text("ping-payload", "ping payload, up to 125 bytes");
        payload.textProperty().bindBidirectional(model.payloadProperty());
        payload.setOnAction(e -> {
            if (!ping.isDisabled()) {
                model.ping();
            }
        });
        HBox.setHgrow(payload, Priority.ALWAYS);
        CheckBox hex = new CheckBox("Hex");
        hex.setId("ping-hex");
        hex.setMinWidth(Region.USE_PREF_SIZE);
        hex.selectedProperty().bindBidirectional(model.hexProperty());
        ping.setMinWidth(Region.USE_PREF_SIZE);
        ping.disableProperty().bind(model.canPingProperty().not());
        ping.setOnAction(e -> model.ping());
        HBox line = new HBox(8, payload, hex, ping);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setMinHeight(Region.USE_PREF_SIZE);
        Label error = Fields.messageLine("ping-error", "error-text", model.errorProperty());
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(line, error);
        setSpacing(4);
    }
}
