package dev.wscope.ui.session;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.Subscription;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.CloseCodes;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.protocol.ProtocolSniffer;
import dev.wscope.session.ConnectionSession;
import dev.wscope.session.ConnectionState;
import dev.wscope.session.Connector;
import dev.wscope.session.Examiner;
import dev.wscope.session.SessionListener;
import dev.wscope.session.SessionThreads;
import dev.wscope.store.SessionStorage;
import dev.wscope.ui.diagnosis.DiagnosisViewModel;
import dev.wscope.ui.timeline.TimelineViewModel;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One request and its connection, for the window: the address and its params, headers, cookies and options,
 * and the {@link ConnectionSession} that connects, closes, sends and reconnects, adapted to properties; the
 * session timeline drained into the UI in batches. FX thread only (injected executors in tests).
 */
public final class SessionViewModel implements SessionListener {
    private final ConnectionSession connection;
    private final Executor ui;
    private final SessionTimeline timeline;
    private final TimelineViewModel timelineModel;
    private final DiagnosisViewModel diagnosis;
    private final RequestForm form = new RequestForm();
    private final SessionVariables variables;

    private final StringProperty closeCode = new SimpleStringProperty("1000");
    private final StringProperty closeReason = new SimpleStringProperty("");
    private final StringProperty closeError = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.DISCONNECTED);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(ConnectionState.DISCONNECTED.word());
    private final TrafficMeter traffic = new TrafficMeter();
    private final CapturePause capture;
    private final ProtocolSniffer sniffer = new ProtocolSniffer();
    private final ReadOnlyObjectWrapper<ProtocolKind> suggestedProtocol = new ReadOnlyObjectWrapper<>();
    private final javafx.collections.ObservableList<Subscription> subscriptions = javafx.collections.FXCollections
            .observableArrayList();
    private final javafx.collections.ObservableList<Subscription> subscriptionsShown = javafx.collections.FXCollections
            .unmodifiableObservableList(subscriptions);
    private int drained;
    private long drainedBytes;

    /** A tab of its own connection: the engine's connector and doctor in the window, fakes in tests. */
    public SessionViewModel(Connector connector, Examiner doctor, Executor background, Executor ui,
                            Consumer<URI> beforeConnect) {
        this.timeline = SessionStorage.newTimeline();
        this.variables = new SessionVariables(timeline);
        this.connection = new ConnectionSession(connector, timeline, this::sendableRequest, beforeConnect,
                SessionThreads.of(background, ui), this);
        this.ui = ui;
        this.timelineModel = new TimelineViewModel(timeline, background, ui);
        this.diagnosis = new DiagnosisViewModel(doctor, background, ui);
        form.urlProperty().addListener((o, old, text) -> {
            diagnosis.hide(); // a finding is about the address it was made for
            connection.requestEdited();
        });
        this.capture = new CapturePause(timeline);
    }

    /** Connects as the user asked: any reconnection series in progress is over. */
    public void connect() {
        connection.connect();
    }

    /** The window is closing: say goodbye (1001 going away) and stop any reconnection. */
    public void shutdown() {
        connection.shutdown();
        timeline.discard(); // the session ends with the window: its spill file goes
    }

    private Optional<ConnectRequest> sendableRequest() {
        return form.sendable(variables);
    }

    /** The environment of the tab's {{variables}}, with its resolver. */
    public SessionVariables variables() {
        return variables;
    }

    /** Stops a connection attempt under way (the address bar's button while connecting); the engine says so. */
    public void cancelConnecting() {
        connection.cancelConnecting();
    }

    @Override
    public void stateChanged(ConnectionState newState, String text) {
        // An ending connection takes in its last events at once: the state said "Closed" while the rows and
        // totals of a flood's last quarter of a second waited for the next batch.
        if (newState == ConnectionState.CLOSED || newState == ConnectionState.FAILED) {
            drain();
        }
        if (newState == ConnectionState.CONNECTING) {
            diagnosis.hide();
            suggestedProtocol.set(null); // a new connection says anew what it speaks
        }
        state.set(newState);
        stateText.set(text);
    }

    @Override
    public void connectFailed(ConnectRequest request) {
        diagnosis.run(request);
    }

    /** Closes with the code and reason of the close fields, after checking they may be sent. */
    public void disconnect() {
        if (state.get() != ConnectionState.CONNECTED) {
            return;
        }
        int code;
        try {
            code = Integer.parseInt(closeCode.get().strip());
        } catch (NumberFormatException e) {
            closeError.set("The close code must be a number, e.g. 1000");
            return;
        }
        String reason = closeReason.get(); // read here, on the FX thread: the value checked is the value sent
        Optional<String> problem = CloseCodes.checkSendable(code, reason);
        closeError.set(problem.orElse(""));
        if (problem.isEmpty()) {
            connection.disconnect(code, reason).exceptionallyAsync(e -> {
                closeError.set(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                return null;
            }, ui);
        }
    }

    /** Runs the doctor on the request as it stands, connected or not. */
    public void diagnose() {
        sendableRequest().ifPresent(request -> {
            URI target = request.urlCheck().uri();
            // The built-in test server starts on demand for the doctor as it does for a connection.
            connection.beforeConnecting(target).thenRun(() -> diagnosis.run(request));
        });
    }

    /** Trusts a certificate by its SHA-256 fingerprint for this request, then connects again. */
    public void trustAndReconnect(String fingerprint) {
        if (fingerprint != null) {
            form.tls().trust(fingerprint);
            connect();
        }
    }

    /** Connect when disconnected, disconnect when connected: the address bar's one button. */
    public void toggleConnection() {
        if (state.get() == ConnectionState.CONNECTED) {
            disconnect();
        } else if (state.get() == ConnectionState.CONNECTING) {
            cancelConnecting();
        } else if (connection.isWaitingToReconnect()) {
            connection.stopReconnecting();
        } else {
            connect();
        }
    }

    /** Sends on the background executor; the future fails with a message fit for the user. */
    public CompletableFuture<Void> send(OutgoingMessage message) {
        return connection.send(message);
    }

    /**
     * Sends a message in the protocol's terms on the background executor, once the protocol is ready for it (up
     * to the request's handshake timeout); the future fails with a message fit for the user.
     */
    public CompletableFuture<Void> send(ProtocolMessage message) {
        return connection.send(message, form.settings().toOptions().handshakeTimeoutMillis());
    }

    /** What the protocol session is subscribed to, kept in step at every batch; the composer lists them. */
    public javafx.collections.ObservableList<Subscription> subscriptions() {
        return subscriptionsShown;
    }

    /**
     * A protocol a raw connection showed (its subprotocol, its first message): offered to the user, null when none.
     */
    public ReadOnlyObjectProperty<ProtocolKind> suggestedProtocolProperty() {
        return suggestedProtocol.getReadOnlyProperty();
    }

    /** Speaks the suggested protocol: chosen for the request, and the connection made again in its terms. */
    public void acceptSuggestedProtocol() {
        ProtocolKind kind = suggestedProtocol.get();
        if (kind == null) {
            return;
        }
        suggestedProtocol.set(null);
        form.settings().protocol().kindProperty().set(kind);
        if (state.get() != ConnectionState.CONNECTED) {
            connect();
            return;
        }
        state.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ConnectionState> o, ConnectionState old,
                                ConnectionState now) {
                if (now != ConnectionState.CONNECTED) {
                    state.removeListener(this);
                    connect();
                }
            }
        });
        connection.disconnect(1000, "switching to " + kind.title());
    }

    /** Sends a ping (at most 125 bytes) on the background executor; its pong shows the round-trip time. */
    public CompletableFuture<Void> ping(byte[] payload) {
        return connection.ping(payload);
    }

    /** Events the engine recorded that the next batch would take in. */
    public int waiting() {
        return timeline.size() - drained;
    }

    /** Takes in what the engine recorded since the last call: one batch, called 4-20 times a second. */
    public Drained drain() {
        int size = timeline.size();
        int taken = size - drained;
        drained = size;
        long bytes = timeline.bytesIn() + timeline.bytesOut();
        long bytesTaken = bytes - drainedBytes;
        drainedBytes = bytes;
        boolean connectionBegan = timelineModel.advanceTo(size);
        List<Subscription> now = connection.subscriptions();
        if (!now.equals(subscriptions)) {
            subscriptions.setAll(now);
        }
        sniffer.read(timeline, size, connectionBegan).filter(kind -> form.settings().protocol().kindProperty().get() == ProtocolKind.RAW)
                .ifPresent(suggestedProtocol::set);
        traffic.update(timeline, System.nanoTime());
        return new Drained(taken, bytesTaken);
    }

    /** The Pause capture switch: the connection stays, messages are counted but not recorded. */
    public javafx.beans.property.BooleanProperty capturePausedProperty() {
        return capture.pausedProperty();
    }

    public TrafficMeter traffic() {
        return traffic;
    }

    /** The request as the user types it: address, params, headers, cookies, subprotocols, settings. */
    public RequestForm form() {
        return form;
    }

    public SessionTimeline timeline() {
        return timeline;
    }

    public TimelineViewModel timelineModel() {
        return timelineModel;
    }

    public DiagnosisViewModel diagnosis() {
        return diagnosis;
    }

    public StringProperty closeCodeProperty() {
        return closeCode;
    }

    public StringProperty closeReasonProperty() {
        return closeReason;
    }

    public StringProperty closeErrorProperty() {
        return closeError;
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }
}
