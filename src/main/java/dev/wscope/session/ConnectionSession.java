package dev.wscope.session;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.Subscription;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.ReconnectOptions;
import dev.wscope.core.timeline.CloseCodes;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.core.variables.UrlCredentials;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request's connection as a state machine: connect, cancel, disconnect, send, ping, reconnect after a
 * drop, and a failed attempt of the user's told to the listener (for the doctor). No toolkit: the window's view model adapts it to
 * properties, and tests drive it through a fake {@link Connector}. Thread contract: every method and every
 * listener call runs on the owner's thread ({@link SessionThreads}); engine calls that block go to background.
 */
public final class ConnectionSession {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSession.class);
    static final String CANCELLED = "Failed: connecting cancelled";

    private final Connector connector;
    private final SessionTimeline timeline;
    private final Supplier<Optional<ConnectRequest>> requests;
    private final Consumer<URI> beforeConnect;
    private final SessionThreads threads;
    private final SessionListener listener;
    private final Reconnection reconnection = new Reconnection();
    private ConnectionState state = ConnectionState.DISCONNECTED;
    /** The status line without what a reconnection series adds after "; ". */
    private String status = ConnectionState.DISCONNECTED.word();
    private String statusSuffix = "";
    private boolean userClosed;
    private Connection connection;
    /** The engine's attempt under way, to cancel; null before it starts and once it ends. */
    private CompletableFuture<? extends Connection> pending;
    /** Connection attempts begun, to tell the newest. */
    private long attempts;

    /**
     * requests gives the request as the form stands, or empty (having said why) when it cannot be sent; it is
     * asked again at each reconnection. beforeConnect runs on background first (the built-in server starts).
     */
    public ConnectionSession(Connector connector, SessionTimeline timeline, Supplier<Optional<ConnectRequest>> requests,
                             Consumer<URI> beforeConnect, SessionThreads threads, SessionListener listener) {
        this.connector = connector;
        this.timeline = timeline;
        this.requests = requests;
        this.beforeConnect = beforeConnect;
        this.threads = threads;
        this.listener = listener;
    }

    public ConnectionState state() {
        return state;
    }

    public String statusText() {
        return statusSuffix.isEmpty() ? status : status + "; " + statusSuffix;
    }

    public boolean isWaitingToReconnect() {
        return reconnection.isWaiting();
    }

    /** Connects as the user asked: any reconnection series in progress is over. */
    public void connect() {
        if (state == ConnectionState.CONNECTING || state == ConnectionState.CONNECTED) {
            return;
        }
        reconnection.stop();
        userClosed = false;
        open();
    }

    /** A failed attempt's state no longer holds once the address changed: back to Disconnected. */
    public void requestEdited() {
        if (state == ConnectionState.FAILED) {
            setState(ConnectionState.DISCONNECTED, ConnectionState.DISCONNECTED.word());
        }
    }

    private void open() {
        Optional<ConnectRequest> sendable = requests.get();
        if (sendable.isEmpty()) {
            return;
        }
        ConnectRequest request = sendable.get();
        URI target = request.urlCheck().uri();
        String attempt = reconnection.inProgress() ? " (reconnect attempt " + reconnection.attempt() + " of "
                + request.options().reconnect().attempts() + ")" : "";
        setState(ConnectionState.CONNECTING, "Connecting to " + UrlCredentials.masked(target.toString()) + attempt + " …");
        pending = null;
        long mine = ++attempts;
        beforeConnecting(target).whenComplete((ok, e) -> {
            // else cancelled while the built-in server started (and maybe a newer attempt begun meanwhile)
            if (mine == attempts && state == ConnectionState.CONNECTING) {
                pending = connector.connect(request, timeline);
                pending.whenCompleteAsync((opened, error) -> connectFinished(request, opened, error), threads.owner());
            }
        });
    }

    /**
     * What must happen before anything dials the target (the built-in test server starts on demand), run on
     * background; the future completes on the owner's thread. The doctor waits for it as a connection does.
     */
    public CompletableFuture<Void> beforeConnecting(URI target) {
        return CompletableFuture.runAsync(() -> beforeConnect.accept(target), threads.background())
                .whenCompleteAsync((ok, e) -> { }, threads.owner());
    }

    /** Stops a connection attempt under way; the engine records it on the timeline. */
    public void cancelConnecting() {
        if (state != ConnectionState.CONNECTING) {
            return;
        }
        reconnection.stop();
        if (pending != null) {
            pending.cancel(false); // connectFinished follows with the cancellation
        } else {
            setState(ConnectionState.FAILED, CANCELLED);
        }
    }

    private void connectFinished(ConnectRequest request, Connection opened, Throwable error) {
        pending = null;
        if (error instanceof CancellationException) {
            setState(ConnectionState.FAILED, CANCELLED);
            return;
        }
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            LOG.info("connecting to {} failed", UrlCredentials.masked(request.url()), cause);
            String failed = "Failed: " + cause.getMessage();
            if (reconnection.inProgress()) {
                reconnectLater(request, ConnectionState.FAILED, failed, false);
            } else {
                setState(ConnectionState.FAILED, failed);
                listener.connectFailed(request);
            }
            return;
        }
        connection = opened;
        reconnection.opened(System.currentTimeMillis());
        setState(ConnectionState.CONNECTED, ConnectionState.CONNECTED.word());
        opened.closed().thenAcceptAsync(closed -> connectionClosed(request, opened, closed), threads.owner());
    }

    private void connectionClosed(ConnectRequest request, Connection closedConnection, TimelineEvent.Closed closed) {
        if (closedConnection != connection) {
            return;
        }
        connection = null;
        String text = "Closed (" + closed.code() + "): " + CloseCodes.name(closed.code());
        if (!userClosed && closed.by() != ClosedBy.CLIENT && request.options().reconnect().enabled()) {
            reconnectLater(request, ConnectionState.CLOSED, text, true);
        } else {
            setState(ConnectionState.CLOSED, text);
        }
    }

    /** Schedules the next attempt, each one on the timeline, or gives up when the attempts are used. */
    private void reconnectLater(ConnectRequest request, ConnectionState endState, String text, boolean afterOpen) {
        ReconnectOptions options = request.options().reconnect();
        long delay = reconnection.next(options, System.currentTimeMillis(), afterOpen);
        if (delay < 0) {
            timeline.append(new TimelineEvent.Error("Gave up reconnecting after " + options.attempts() + " attempts"));
            setState(endState, text, "gave up reconnecting after " + options.attempts() + " attempts");
            return;
        }
        String when = String.format("reconnecting in %.1f s (attempt %d of %d)", delay / 1000.0,
                reconnection.attempt(), options.attempts());
        timeline.append(new TimelineEvent.Error("Auto-reconnect: " + when));
        setState(endState, text, when);
        reconnection.schedule(this::open, delay, threads.delays());
    }

    /** The user stops a reconnection series that waits for its next attempt. */
    public void stopReconnecting() {
        if (reconnection.isWaiting()) {
            reconnection.stop();
            setState(state, status, "reconnecting stopped");
        }
    }

    /**
     * Closes with this code and reason (checked by the caller with CloseCodes); the future fails with the
     * engine's words. Nothing to close: a completed future.
     */
    public CompletableFuture<Void> disconnect(int code, String reason) {
        Connection open = connection;
        if (open == null) {
            return CompletableFuture.completedFuture(null);
        }
        userClosed = true; // whatever comes back, even a drop, must not start a reconnection
        return CompletableFuture.runAsync(() -> {
            try {
                open.close(code, reason);
            } catch (Exception e) {
                LOG.warn("close failed", e);
                throw new CompletionException(e);
            }
        }, threads.background());
    }

    /** Sends on background; the future fails with a message fit for the user. */
    public CompletableFuture<Void> send(OutgoingMessage message) {
        return onConnection("send", open -> open.send(message));
    }

    /**
     * Sends a message in the protocol's terms on background, once the protocol is ready for it (up to the
     * handshake timeout); the future fails with a message fit for the user: the server's refusal among them.
     */
    public CompletableFuture<Void> send(ProtocolMessage message, long timeoutMillis) {
        return onConnection("send", open -> {
            if (!(open instanceof SpokenConnection spoken)) {
                throw new IllegalStateException("this connection speaks raw frames: choose the protocol, then connect");
            }
            spoken.send(message, timeoutMillis);
        });
    }

    /** What the open connection's protocol session is subscribed to; none for a raw one or when not connected. */
    public List<Subscription> subscriptions() {
        return connection instanceof SpokenConnection spoken ? spoken.subscriptions() : List.of();
    }

    /** Sends a ping (at most 125 bytes) on background; the future fails with a message fit for the user. */
    public CompletableFuture<Void> ping(byte[] payload) {
        return onConnection("ping", open -> open.ping(payload));
    }

    private interface Write {
        void to(Connection open) throws Exception;
    }

    /** Writes on background, what: "send" or "ping", for the log and the words "Send failed: ...". */
    private CompletableFuture<Void> onConnection(String what, Write write) {
        Connection open = connection;
        if (open == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Not connected: connect first"));
        }
        return CompletableFuture.runAsync(() -> {
            try {
                write.to(open);
            } catch (Exception e) {
                LOG.warn(what + " failed", e);
                String failed = Character.toUpperCase(what.charAt(0)) + what.substring(1) + " failed: ";
                throw new CompletionException(new IllegalStateException(failed + e.getMessage(), e));
            }
        }, threads.background());
    }

    /** The window is closing: say goodbye (1001 going away) and stop any reconnection. */
    public void shutdown() {
        reconnection.stop();
        userClosed = true;
        Connection open = connection;
        if (open != null) {
            try {
                open.close(1001, "window closed");
            } catch (Exception e) {
                LOG.debug("closing anyway: the server sees the socket end", e);
            }
        }
    }

    private void setState(ConnectionState newState, String text) {
        setState(newState, text, "");
    }

    private void setState(ConnectionState newState, String text, String suffix) {
        state = newState;
        status = text;
        statusSuffix = suffix;
        listener.stateChanged(newState, statusText());
    }
}
