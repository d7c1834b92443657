package dev.wscope.ui.session;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.KeyValueKind;
import dev.wscope.core.request.Subprotocols;
import dev.wscope.core.request.UrlCheck;
import dev.wscope.core.request.WsUrl;
import dev.wscope.core.timeline.CloseCodes;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.core.variables.UrlCredentials;
import dev.wscope.engine.LiveConnection;
import dev.wscope.engine.WebSocketConnector;
import dev.wscope.engine.doctor.Doctor;
import dev.wscope.store.SessionStorage;
import dev.wscope.ui.diagnosis.DiagnosisViewModel;
import dev.wscope.ui.keyvalue.KeyValueListModel;
import dev.wscope.ui.timeline.TimelineViewModel;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request and its connection: the address and its params, headers, cookies and options; connect,
 * disconnect, send; the session timeline drained into the UI in batches. Commands run on the background
 * executor; their outcomes land through the UI executor. FX thread only (injected executors in tests).
 */
public final class SessionViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SessionViewModel.class);
    private static final String CANCELLED = "Failed: connecting cancelled";
    private final WebSocketConnector connector;
    private final Executor background;
    private final Executor ui;
    private final Consumer<URI> beforeConnect;
    private final SessionTimeline timeline;
    /** The saved session this tab shows, or null for a live one. */
    private final java.nio.file.Path savedSession;
    private final TimelineViewModel timelineModel;
    private final DiagnosisViewModel diagnosis;
    private final ConnectionSettings settings = new ConnectionSettings();
    private final SessionVariables variables;
    private final Reconnection reconnection = new Reconnection();
    private boolean userClosed;

    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty urlError = new SimpleStringProperty("");
    private final StringProperty urlSuggestion = new SimpleStringProperty("");
    private final KeyValueListModel params = new KeyValueListModel(KeyValueKind.PARAMS);
    private final KeyValueListModel headers = new KeyValueListModel(KeyValueKind.HEADERS);
    private final KeyValueListModel cookies = new KeyValueListModel(KeyValueKind.COOKIES);
    private final StringProperty subprotocols = new SimpleStringProperty("");
    private final StringProperty closeCode = new SimpleStringProperty("1000");
    private final StringProperty closeReason = new SimpleStringProperty("");
    private final StringProperty closeError = new SimpleStringProperty("");
    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(ConnectionState.DISCONNECTED);
    private final StringProperty stateText = new SimpleStringProperty(ConnectionState.DISCONNECTED.word());
    private final TrafficMeter traffic = new TrafficMeter();
    private final CapturePause capture;
    private LiveConnection connection;
    /** The engine's attempt under way, to cancel; null before it starts and once it ends. */
    private CompletableFuture<LiveConnection> pending;
    /** Connection attempts begun, to tell the newest. */
    private long attempts;
    private int drained;
    private long drainedBytes;

    public SessionViewModel(WebSocketConnector connector, Executor background, Executor ui, Consumer<URI> beforeConnect) {
        this(connector, background, ui, beforeConnect, SessionStorage.newTimeline(), null);
    }

    /** A tab showing a saved session: its events to browse, search and export; connecting is refused. */
    public static SessionViewModel ofSavedSession(SessionTimeline saved, java.nio.file.Path file, Executor background,
                                                  Executor ui) {
        return new SessionViewModel(null, background, ui, uri -> { }, saved, file);
    }

    private SessionViewModel(WebSocketConnector connector, Executor background, Executor ui, Consumer<URI> beforeConnect,
                             SessionTimeline timeline, java.nio.file.Path savedSession) {
        this.timeline = timeline;
        this.savedSession = savedSession;
        this.variables = new SessionVariables(timeline);
        this.connector = connector;
        this.background = background;
        this.ui = ui;
        this.beforeConnect = beforeConnect;
        this.timelineModel = new TimelineViewModel(timeline, background, ui);
        this.diagnosis = new DiagnosisViewModel(new Doctor(Audience.WINDOW), background, ui);
        url.addListener((o, old, text) -> {
            urlError.set("");
            urlSuggestion.set("");
            diagnosis.hide(); // a finding is about the address it was made for
            if (state.get() == ConnectionState.FAILED) {
                setState(ConnectionState.DISCONNECTED, ConnectionState.DISCONNECTED.word());
            }
        });
        new ParamsInAddress(url, params);
        this.capture = new CapturePause(timeline);
    }

    /** Connects as the user asked: any reconnection series in progress is over. */
    public void connect() {
        if (state.get() == ConnectionState.CONNECTING || state.get() == ConnectionState.CONNECTED) {
            return;
        }
        if (savedSession != null) {
            urlError.set("This tab shows the saved session " + savedSession.getFileName() + ": connect in a new tab"
                    + " (Ctrl+T), so the two sessions stay apart");
            return;
        }
        reconnection.stop();
        userClosed = false;
        open();
    }

    /** The window is closing: say goodbye (1001 going away) and stop any reconnection. */
    public void shutdown() {
        reconnection.stop();
        userClosed = true;
        LiveConnection open = connection;
        if (open != null) {
            try {
                open.close(1001, "window closed");
            } catch (Exception e) {
                LOG.debug("closing anyway: the server sees the socket end", e);
            }
        }
        timeline.discard(); // the session ends with the window: its spill file goes
    }

    private Optional<ConnectRequest> sendableRequest() {
        return SendableRequest.of(this::request, variables, urlError, urlSuggestion);
    }

    /** The environment of the tab's {{variables}}, with its resolver. */
    public SessionVariables variables() {
        return variables;
    }

    private void open() {
        Optional<ConnectRequest> sendable = sendableRequest();
        if (sendable.isEmpty()) {
            return;
        }
        ConnectRequest request = sendable.get();
        UrlCheck check = WsUrl.check(request.url());
        String attempt = reconnection.inProgress() ? " (reconnect attempt " + reconnection.attempt() + " of "
                + request.options().reconnect().attempts() + ")" : "";
        setState(ConnectionState.CONNECTING, "Connecting to " + UrlCredentials.masked(check.uri().toString()) + attempt
                + " …");
        diagnosis.hide();
        pending = null;
        long mine = ++attempts;
        CompletableFuture.runAsync(() -> beforeConnect.accept(check.uri()), background).whenCompleteAsync((ok, e) -> {
            // else cancelled while the built-in server started (and maybe a newer attempt begun meanwhile)
            if (mine == attempts && state.get() == ConnectionState.CONNECTING) {
                pending = connector.connect(request, timeline);
                pending.whenCompleteAsync((opened, error) -> connectFinished(request, opened, error), ui);
            }
        }, ui);
    }

    /** Stops a connection attempt under way (the address bar's button while connecting); the engine says so. */
    public void cancelConnecting() {
        if (state.get() != ConnectionState.CONNECTING) {
            return;
        }
        reconnection.stop();
        if (pending != null) {
            pending.cancel(false); // connectFinished follows with the cancellation
        } else {
            setState(ConnectionState.FAILED, CANCELLED);
        }
    }

    private void connectFinished(ConnectRequest request, LiveConnection opened, Throwable error) {
        pending = null;
        if (error instanceof CancellationException) {
            setState(ConnectionState.FAILED, CANCELLED);
            return;
        }
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            String failed = "Failed: " + cause.getMessage();
            if (reconnection.inProgress()) {
                reconnectLater(request, ConnectionState.FAILED, failed, false);
            } else {
                setState(ConnectionState.FAILED, failed);
                diagnosis.run(request);
            }
            return;
        }
        connection = opened;
        reconnection.opened(System.currentTimeMillis());
        setState(ConnectionState.CONNECTED, "Connected");
        opened.closed().thenAcceptAsync(closed -> connectionClosed(request, opened, closed), ui);
    }

    private void connectionClosed(ConnectRequest request, LiveConnection closedConnection, TimelineEvent.Closed closed) {
        if (closedConnection != connection) {
            return;
        }
        connection = null;
        String text = "Closed (" + closed.code() + "): " + closed.meaning().split(":")[0];
        if (!userClosed && closed.by() != ClosedBy.CLIENT && request.options().reconnect().enabled()) {
            reconnectLater(request, ConnectionState.CLOSED, text, true);
        } else {
            setState(ConnectionState.CLOSED, text);
        }
    }

    /** Schedules the next attempt, each one on the timeline, or gives up when the attempts are used. */
    private void reconnectLater(ConnectRequest request, ConnectionState endState, String text, boolean afterOpen) {
        int attempts = request.options().reconnect().attempts();
        long delay = reconnection.next(request.options().reconnect(), System.currentTimeMillis(), afterOpen);
        if (delay < 0) {
            timeline.append(new TimelineEvent.Error("Gave up reconnecting after " + attempts + " attempts"));
            setState(endState, text + "; gave up reconnecting after " + attempts + " attempts");
            return;
        }
        String when = String.format("reconnecting in %.1f s (attempt %d of %d)", delay / 1000.0,
                reconnection.attempt(), attempts);
        timeline.append(new TimelineEvent.Error("Auto-reconnect: " + when));
        setState(endState, text + "; " + when);
        reconnection.schedule(this::open, delay, ui);
    }

    /** Closes with the code and reason of the close fields, after checking they may be sent. */
    public void disconnect() {
        LiveConnection open = connection;
        if (open == null) {
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
            userClosed = true; // whatever comes back, even a drop, must not start a reconnection
            CompletableFuture.runAsync(() -> {
                try {
                    open.close(code, reason);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, background).exceptionallyAsync(e -> {
                LOG.warn("close failed", e);
                closeError.set(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                return null;
            }, ui);
        }
    }

    /** Runs the doctor on the request as it stands, connected or not. */
    public void diagnose() {
        sendableRequest().ifPresent(request -> {
            URI target = WsUrl.check(request.url()).uri();
            // The built-in test server starts on demand for the doctor as it does for a connection.
            CompletableFuture.runAsync(() -> beforeConnect.accept(target), background)
                    .thenRunAsync(() -> diagnosis.run(request), ui);
        });
    }

    /** Trusts a certificate by its SHA-256 fingerprint for this request, then connects again. */
    public void trustAndReconnect(String fingerprint) {
        if (fingerprint != null) {
            settings.tls().trust(fingerprint);
            connect();
        }
    }

    /** Connect when disconnected, disconnect when connected: the address bar's one button. */
    public void toggleConnection() {
        if (state.get() == ConnectionState.CONNECTED) {
            disconnect();
        } else if (state.get() == ConnectionState.CONNECTING) {
            cancelConnecting();
        } else if (reconnection.isWaiting()) {
            reconnection.stop();
            setState(state.get(), stateText.get().replaceFirst(";.*", "") + "; reconnecting stopped");
        } else {
            connect();
        }
    }

    /** Sends on the background executor; the future fails with a message fit for the user. */
    public CompletableFuture<Void> send(OutgoingMessage message) {
        LiveConnection open = connection;
        if (open == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Not connected: connect first"));
        }
        return CompletableFuture.runAsync(() -> {
            try {
                open.send(message);
            } catch (Exception e) {
                LOG.warn("send failed", e);
                throw new CompletionException(new IllegalStateException("Send failed: " + e.getMessage(), e));
            }
        }, background);
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
        timelineModel.rows().advanceTo(size);
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

    public ConnectRequest request() {
        return new ConnectRequest(url.get().strip(), headers.values(), cookies.values(),
                Subprotocols.parse(subprotocols.get()), settings.toOptions());
    }

    /**
     * An ending connection takes in its last events at once: the state said "Closed" while the rows and
     * totals of a flood's last quarter of a second waited for the next batch.
     */
    private void setState(ConnectionState newState, String text) {
        if (newState == ConnectionState.CLOSED || newState == ConnectionState.FAILED) {
            drain();
        }
        state.set(newState);
        stateText.set(text);
    }

    /** Puts the offered correction (ws:// for http://, say) into the address. */
    public void acceptSuggestion() {
        if (!urlSuggestion.get().isEmpty()) {
            url.set(urlSuggestion.get());
        }
    }

    /** The saved session this tab shows; empty for a live tab. */
    public java.util.Optional<java.nio.file.Path> savedSession() {
        return java.util.Optional.ofNullable(savedSession);
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

    public TlsSettings tls() {
        return settings.tls();
    }

    public ConnectionSettings settings() {
        return settings;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty urlErrorProperty() {
        return urlError;
    }

    public StringProperty urlSuggestionProperty() {
        return urlSuggestion;
    }

    public KeyValueListModel params() {
        return params;
    }

    public KeyValueListModel headers() {
        return headers;
    }

    public KeyValueListModel cookies() {
        return cookies;
    }

    public StringProperty subprotocolsProperty() {
        return subprotocols;
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
        return state;
    }

    public StringProperty stateTextProperty() {
        return stateText;
    }
}
