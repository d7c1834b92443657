package dev.wscope.ui.composer;

import dev.wscope.core.detail.Language;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.ui.common.Compact;
import dev.wscope.ui.common.Fields;
import dev.wscope.ui.common.Highlighting;
import dev.wscope.ui.common.Icons;
import dev.wscope.ui.common.Tips;
import dev.wscope.ui.help.Shortcut;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.feather.Feather;

/**
 * The message composer: `composer`, `message-format`, Format and Minify, `composer-error`, `send` (Ctrl+Enter),
 * and under it a ping with its payload (PingBar).
 */
public final class ComposerView extends VBox {
    private final CodeArea area = new CodeArea();
    private final ComboBox<MessageFormat> format = new ComboBox<>(FXCollections.observableArrayList(MessageFormat.values()));
    private final Button pretty = Icons.on(new Button("Format"), Feather.ALIGN_LEFT);
    private final Button minify = Icons.on(new Button("Minify"), Feather.MINIMIZE_2);
    private final ComboBox<String> verb = new ComboBox<>();
    private final Label frame = new Label();
    private final Label error;
    private final Label sendError;
    private final Button send = Icons.on(new Button("Send"), Feather.SEND);
    private final ComposerViewModel model;
    private boolean pushing;

    public ComposerView(ComposerViewModel model) {
        this.model = model;
        area.setId("composer");
        format.setId("message-format");
        verb.setId("message-verb");
        frame.setId("composer-frame");
        error = Fields.messageLine("composer-error", "error-text", model.errorProperty());
        sendError = Fields.messageLine("send-error", "error-text", model.sendErrorProperty());
        send.setId("send");
        pretty.setId("format-message");
        minify.setId("minify-message");
        layOut();
        bind();
        send.setOnAction(e -> model.send());
        pretty.setOnAction(e -> model.prettyPrint());
        minify.setOnAction(e -> model.minify());
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.SEND.matches(e)) {
                e.consume();
                if (!send.isDisabled()) {
                    model.send();
                }
            }
        });
    }

    private void layOut() {
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setAccessibleText("message to send");
        area.setWrapText(true);
        area.getStyleClass().add("code");
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        scroll.setMinHeight(120);
        format.setAccessibleText("message format");
        send.getStyleClass().add("accent");
        Tips.on(send, "Send (Ctrl+Enter)");
        send.setMinWidth(90);
        Compact.belowWidth(this, 460, pretty, minify);
        format.setMinWidth(120); // it gives way last but for Send: its choice shows whole when it opens
        // the problems take their own full-width lines under the message: beside the buttons, a narrow pane
        // left them a few pixels, one character a line down the whole height, and the editor collapsed
        for (Label line : new Label[] {error, sendError}) {
            line.setWrapText(true);
            line.setMaxWidth(Double.MAX_VALUE);
            line.setMinHeight(Region.USE_PREF_SIZE);
        }
        layOutProtocol();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, verb, format, pretty, minify, gap, send);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(scroll, frame, error, sendError, bar, new PingBar(model.ping()),
                new SubscriptionList(model.subscriptions(), model));
        setSpacing(8);
        setPadding(new Insets(8));
    }

    /**
     * Under a protocol: the verb before the format (a raw frame's format shows only for a raw frame), and the frame
     * the message makes on a line of its own under the text, as it will go out.
     */
    private void layOutProtocol() {
        ProtocolComposing protocol = model.protocol();
        verb.setItems(protocol.verbs());
        verb.setAccessibleText("message kind");
        verb.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? "raw frame" : value;
            }

            @Override
            public String fromString(String shown) {
                return "raw frame".equals(shown) ? "" : shown;
            }
        });
        verb.setMinWidth(Region.USE_PREF_SIZE);
        // one way each, not bound both ways: the box empties its value while its items change (another protocol),
        // and a bound verb would follow it to null
        verb.setValue(protocol.verbProperty().get());
        verb.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                protocol.verbProperty().set(now);
            }
        });
        protocol.verbProperty().addListener((o, old, now) -> verb.setValue(now));
        verb.visibleProperty().bind(Bindings.size(protocol.verbs()).greaterThan(1));
        verb.managedProperty().bind(verb.visibleProperty());
        Tips.on(verb, "What to send in the protocol's terms, or a raw frame");
        var raw = protocol.verbProperty().isEmpty();
        for (javafx.scene.Node rawOnly : new javafx.scene.Node[] {format, pretty, minify}) {
            rawOnly.visibleProperty().bind(raw);
            rawOnly.managedProperty().bind(raw);
        }
        frame.textProperty().bind(Bindings.createStringBinding(() -> protocol.frameProperty().get().isEmpty() ? ""
                : "Frame: " + protocol.frameProperty().get(), protocol.frameProperty()));
        frame.getStyleClass().addAll("hint", "code");
        frame.setWrapText(true);
        frame.setMaxWidth(Double.MAX_VALUE);
        frame.setMinHeight(Region.USE_PREF_SIZE);
        frame.visibleProperty().bind(protocol.frameProperty().isNotEmpty());
        frame.managedProperty().bind(frame.visibleProperty());
        protocol.verbProperty().addListener((o, old, now) -> highlight());
    }

    private void bind() {
        format.valueProperty().bindBidirectional(model.formatProperty());
        area.replaceText(model.textProperty().get());
        area.textProperty().addListener((o, old, text) -> {
            if (!pushing) {
                model.textProperty().set(text);
            }
            highlight();
        });
        model.textProperty().addListener((o, old, text) -> {
            if (!text.equals(area.getText())) {
                pushing = true;
                area.replaceText(text);
                pushing = false;
            }
        });
        model.formatProperty().addListener((o, old, now) -> highlight());
        send.disableProperty().bind(model.canSendProperty().not());
        var formattable = Bindings.createBooleanBinding(() -> model.formatProperty().get() == MessageFormat.JSON
                || model.formatProperty().get() == MessageFormat.XML, model.formatProperty());
        pretty.disableProperty().bind(formattable.not());
        minify.disableProperty().bind(model.formatProperty().isNotEqualTo(MessageFormat.JSON));
        highlight();
    }

    private void highlight() {
        if (model.protocol().isProtocolMessage()) {
            String argument = model.textProperty().get().stripLeading();
            Highlighting.apply(area, argument.startsWith("{") || argument.startsWith("[") ? Language.JSON : Language.PLAIN);
            return;
        }
        Language language = switch (model.formatProperty().get()) {
            case JSON -> Language.JSON;
            case XML, HTML -> Language.XML;
            default -> Language.PLAIN;
        };
        Highlighting.apply(area, language);
    }

    public CodeArea area() {
        return area;
    }
}
