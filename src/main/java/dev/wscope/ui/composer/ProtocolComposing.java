package dev.wscope.ui.composer;

import dev.wscope.core.payload.HexText;
import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.protocol.ProtocolDriver;
import dev.wscope.protocol.Protocols;
import dev.wscope.ui.session.ProtocolSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The composer under a protocol: the verbs it offers (a raw frame among them, "" here), the verb chosen, an
 * example argument for it when the composer holds none of the user's own, and the raw frame(s) the message makes,
 * shown beneath before it is sent. FX thread only.
 */
public final class ProtocolComposing {
    /** The verbs in the order a user reaches for them; a protocol's others follow by name. */
    private static final List<String> FIRST = List.of("emit", "ack", "subscribe", "perform", "send", "unsubscribe",
            "complete", "nack");

    private final ProtocolSettings settings;
    /** The request as typed: the preview's driver dials it in its head (Socket.IO's namespace is in the address). */
    private final Supplier<ConnectRequest> request;
    private final StringProperty text;
    /** The composer's own first text: no more the user's than an example is. */
    private final String starter;
    private final ObservableList<String> verbs = FXCollections.observableArrayList("");
    private final StringProperty verb = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper frame = new ReadOnlyStringWrapper("");
    /**
     * What the composer sent on the current connection, in order, replayed on the driver that frames the preview:
     * a perform then goes to the channel subscribed last, and the ids shown are the ones the connection gives next.
     */
    private final List<ProtocolMessage> sentOnThisConnection = new ArrayList<>();
    private static final int REPLAYED_AT_MOST = 500;

    ProtocolComposing(ProtocolSettings settings, StringProperty text, Supplier<ConnectRequest> request) {
        this.settings = settings;
        this.request = request;
        this.text = text;
        this.starter = text.get();
        settings.kindProperty().addListener((o, old, kind) -> offer(kind));
        verb.addListener((o, old, now) -> exampleFor(now));
        offer(settings.kindProperty().get());
    }

    private void offer(ProtocolKind kind) {
        List<String> offered = new ArrayList<>(Protocols.verbs(kind).stream()
                .sorted(Comparator.comparingInt((String v) -> FIRST.contains(v) ? FIRST.indexOf(v) : FIRST.size())
                        .thenComparing(Comparator.naturalOrder()))
                .toList());
        offered.add(""); // a raw frame, under any protocol
        verbs.setAll(offered);
        if (verb.get().isEmpty() || !verbs.contains(verb.get())) {
            verb.set(verbs.get(0)); // a protocol chosen: its first verb, not a raw frame
        } else {
            exampleFor(verb.get()); // the same verb in another protocol takes another argument
        }
    }

    /**
     * A verb chosen: its example replaces the composer's text when that is none of the user's (empty, the composer's
     * first text, an example of any verb).
     */
    private void exampleFor(String now) {
        ProtocolKind kind = settings.kindProperty().get();
        String current = text.get() == null ? "" : text.get();
        if (current.isBlank() || current.equals(starter) || VerbExamples.isExample(current)) {
            String example = VerbExamples.of(kind, now);
            if (!example.isEmpty()) {
                text.set(example);
            }
        }
    }

    /**
     * The frames of this argument under the chosen verb, shown beneath; a PayloadException says what is wrong. A
     * driver of its own frames it after what this connection was sent from the composer (see sentOnThisConnection).
     */
    void check(String argument) throws PayloadException {
        ProtocolDriver scratch;
        try {
            scratch = Protocols.driver(settings.toSetup(), new SessionTimeline());
        } catch (IllegalArgumentException badSetting) {
            // a protocol setting that cannot be read (a half-typed --init): said here, not thrown at the window
            frame.set("");
            throw new PayloadException(badSetting.getMessage());
        }
        try {
            scratch.prepare(request.get());
        } catch (RuntimeException unreadable) {
            // a half-typed address or setting: the frame is shown as the protocol's defaults make it
        }
        for (ProtocolMessage sent : sentOnThisConnection) {
            try {
                scratch.encode(sent);
            } catch (PayloadException refused) {
                // the connection refused it too: it changed nothing there either
            }
        }
        try {
            List<OutgoingMessage> frames = scratch.encode(new ProtocolMessage(verb.get(), argument));
            frame.set(frames.stream().map(ProtocolComposing::shown).collect(Collectors.joining("\n")));
        } catch (PayloadException e) {
            frame.set("");
            throw e;
        }
    }

    private static String shown(OutgoingMessage message) {
        return message.binary() ? "binary " + HexText.encode(message.bytes()) : message.text();
    }

    /** A message went out on the connection: the next preview frames after it. */
    void sent(ProtocolMessage message) {
        if (sentOnThisConnection.size() == REPLAYED_AT_MOST) {
            sentOnThisConnection.remove(0);
        }
        sentOnThisConnection.add(message);
    }

    /** A new connection: nothing sent on it yet. */
    void connecting() {
        sentOnThisConnection.clear();
    }

    public boolean isProtocolMessage() {
        return !verb.get().isEmpty();
    }

    /** The verbs of the request's protocol, and "" for a raw frame (alone under raw). */
    public ObservableList<String> verbs() {
        return verbs;
    }

    /** The verb chosen; "" for a raw frame in the composer's format. */
    public StringProperty verbProperty() {
        return verb;
    }

    /** The raw frame(s) the composed message makes, one a line; empty for a raw frame or a message in error. */
    public ReadOnlyStringProperty frameProperty() {
        return frame.getReadOnlyProperty();
    }
}
