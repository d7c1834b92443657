package dev.wscope.ui.composer;

import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.payload.JsonText;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.payload.PayloadParser;
import dev.wscope.core.payload.XmlText;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.Subscription;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.session.ConnectionState;
import dev.wscope.ui.session.SessionViewModel;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import dev.wscope.ui.help.Shortcut;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The message composer: text in a format, checked as it is typed; send, format, minify, recall. Under a protocol
 * the text may be the argument of one of its verbs (emit, subscribe, perform ...), framed when sent, the raw frame
 * it makes shown beneath (see {@link ProtocolComposing}). FX thread only.
 */
public final class ComposerViewModel {
    static final String FIRST_MESSAGE = "{\n  \"type\": \"hello\",\n  \"from\": \"wscope\"\n}";

    private final SessionViewModel session;
    private final Executor ui;
    private final StringProperty text = new SimpleStringProperty(FIRST_MESSAGE);
    private final ObjectProperty<MessageFormat> format = new SimpleObjectProperty<>(MessageFormat.JSON);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sendError = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSend;
    private final PingModel ping;
    private final ProtocolComposing protocol;

    public ComposerViewModel(SessionViewModel session, Executor ui) {
        this.session = session;
        this.ui = ui;
        this.ping = new PingModel(session, ui);
        this.protocol = new ProtocolComposing(session.form().settings().protocol(), text, session.form()::request);
        text.addListener((o, old, now) -> validate());
        format.addListener((o, old, now) -> validate());
        protocol.verbProperty().addListener((o, old, now) -> validate());
        canSend = Bindings.createBooleanBinding(
                () -> error.get().isEmpty() && session.stateProperty().get() == ConnectionState.CONNECTED,
                error, session.stateProperty());
        validate();
        session.stateProperty().addListener((o, old, now) -> {
            if (now == ConnectionState.CONNECTED) {
                sendError.set(""); // what it said (not connected, not sent) no longer holds
            } else if (now == ConnectionState.CONNECTING) {
                protocol.connecting();
                validate();
            }
        });
    }

    /** Sends the message when it is valid and the connection is open; otherwise says why not. */
    /** Resolves {{variables}} with the environment selected now, so each send takes the current values. */
    public void send() {
        var unresolved = session.variables().resolver().unresolved(text.get(), "message");
        if (!unresolved.isEmpty()) {
            sendError.set(session.variables().unresolvedMessage(unresolved));
            return;
        }
        String resolved = session.variables().resolver().resolve(text.get());
        if (protocol.isProtocolMessage()) {
            send(new ProtocolMessage(protocol.verbProperty().get(), resolved));
            return;
        }
        try {
            sayWhyNotSent(session.send(PayloadParser.parse(format.get(), resolved)));
        } catch (PayloadException e) {
            error.set(e.getMessage());
        }
    }

    /** Ends a subscription of the protocol session (the list under the composer); a failure shows as a send's. */
    public void unsubscribe(Subscription subscription) {
        send(subscription.unsubscribe());
    }

    private void send(ProtocolMessage message) {
        protocol.sent(message);
        sayWhyNotSent(session.send(message));
        validate(); // the next message's frame follows this one (a perform to the channel just subscribed)
    }

    private void sayWhyNotSent(CompletableFuture<Void> sending) {
        sendError.set("");
        sending.exceptionallyAsync(failure -> {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            sendError.set(cause.getMessage());
            return null;
        }, ui);
    }

    /**
     * A saved message chosen to send: sent when it can be; when not connected it waits in the composer and the
     * user is told how to send it (before, nothing happened and nothing was said).
     */
    public void sendLoaded(String name) {
        if (canSend.get()) {
            send();
        } else if (error.get().isEmpty()) {
            sendError.set("'" + name + "' is in the composer: connect (" + Shortcut.CONNECT.shown()
                    + "), then send it (" + Shortcut.SEND.shown() + ")");
        }
    }

    /** Pretty-prints JSON or indents XML in place. */
    public void prettyPrint() {
        rewrite(true);
    }

    /** JSON on one line, as compact as it goes. */
    public void minify() {
        rewrite(false);
    }

    private void rewrite(boolean pretty) {
        try {
            switch (format.get()) {
                case JSON -> text.set(pretty ? JsonText.pretty(text.get()) : JsonText.minify(text.get()));
                case XML -> text.set(XmlText.pretty(text.get()));
                default -> { }
            }
        } catch (PayloadException e) {
            error.set(e.getMessage());
        }
    }

    /** Puts a saved message into the composer, in its own format (and its protocol's verb, when it has one). */
    public void load(SavedMessage saved) {
        protocol.verbProperty().set(saved.verb());
        format.set(saved.format());
        text.set(saved.body());
    }

    /** The composer's message as it stands, unnamed, to save or to keep with the tab. */
    public SavedMessage composed() {
        return new SavedMessage("", format.get(), text.get(), false, protocol.verbProperty().get());
    }

    /** Puts a sent or received message back into the composer, in the format it fits. */
    public void recall(TimelineEntry entry) {
        if (!(entry.event() instanceof TimelineEvent.Message message)) {
            return;
        }
        if (message.binary()) {
            format.set(MessageFormat.BASE64);
            text.set(Base64.getEncoder().encodeToString(message.payload()));
            return;
        }
        String recalled = message.text();
        boolean markup = recalled.stripLeading().startsWith("<");
        if (JsonText.isStructured(recalled)) {
            format.set(MessageFormat.JSON);
        } else if (!(markup && (format.get() == MessageFormat.XML || format.get() == MessageFormat.HTML))) {
            format.set(MessageFormat.TEXT);
        }
        text.set(recalled);
    }

    private void validate() {
        try {
            if (protocol.isProtocolMessage()) {
                protocol.check(text.get()); // the frame it makes, shown beneath, or what is wrong with it
            } else {
                PayloadParser.parse(format.get(), text.get());
            }
            error.set("");
        } catch (PayloadException e) {
            error.set(e.getMessage());
        }
    }

    /** What the protocol session is subscribed to, each with its way out. */
    public javafx.collections.ObservableList<Subscription> subscriptions() {
        return session.subscriptions();
    }

    /** The protocol's verbs and the frame preview. */
    public ProtocolComposing protocol() {
        return protocol;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<MessageFormat> formatProperty() {
        return format;
    }

    /** Empty when the message is valid; says what is wrong otherwise (the `composer-error` label). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the last send did not go out, empty after a successful one. */
    public ReadOnlyStringProperty sendErrorProperty() {
        return sendError.getReadOnlyProperty();
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    /** The ping under the composer. */
    public PingModel ping() {
        return ping;
    }
}
