package dev.wscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.ReconnectOptions;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.FakeConnector;
import dev.wscope.testing.FakeConnector.FakeConnection;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The session's rules through the ports, with no socket and no toolkit: everything runs on the test's thread. */
class ConnectionSessionTest {
    private static final String URL = "ws://127.0.0.1:9/chat";

    private final FakeConnector connector = new FakeConnector();
    private final SessionTimeline timeline = new SessionTimeline();
    private final List<String> states = new ArrayList<>();
    private final List<ConnectRequest> diagnosed = new ArrayList<>();
    private final List<URI> started = new ArrayList<>();
    private final List<Long> waits = new ArrayList<>();
    private final List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private Optional<ConnectRequest> form = Optional.of(ConnectRequest.of(URL));

    private final Delays delays = (millis, task) -> {
        waits.add(millis);
        CompletableFuture<Void> later = new CompletableFuture<>();
        later.thenRun(task);
        waiting.add(later);
        return later;
    };
    private final ConnectionSession session = new ConnectionSession(connector, timeline, () -> form, started::add,
            new SessionThreads(Runnable::run, Runnable::run, delays), new SessionListener() {
                @Override
                public void stateChanged(ConnectionState state, String text) {
                    states.add(state + " " + text);
                }

                @Override
                public void connectFailed(ConnectRequest request) {
                    diagnosed.add(request);
                }
            });

    @Test
    void connect_startsTheLocalServerFirst_thenOpens() {
        session.connect();
        assertEquals(List.of(URI.create(URL)), started);
        assertEquals(ConnectionState.CONNECTING, session.state());
        assertEquals("Connecting to " + URL + " …", session.statusText());

        connector.open();
        assertEquals(ConnectionState.CONNECTED, session.state());
        assertEquals(List.of("CONNECTING Connecting to " + URL + " …", "CONNECTED Connected"), states);
    }

    @Test
    void aFormThatCannotBeSent_connectsNothing() {
        form = Optional.empty();
        session.connect();
        assertEquals(ConnectionState.DISCONNECTED, session.state());
        assertTrue(connector.requests().isEmpty());
    }

    @Test
    void aFailedAttempt_saysWhy_andCallsTheDoctorOnce() {
        session.connect();
        connector.latest().completeExceptionally(new IllegalStateException("Connection refused: nothing listens"));

        assertEquals(ConnectionState.FAILED, session.state());
        assertEquals("Failed: Connection refused: nothing listens", session.statusText());
        assertEquals(1, diagnosed.size());

        session.requestEdited();
        assertEquals(ConnectionState.DISCONNECTED, session.state());
    }

    @Test
    void cancelWhileConnecting_stopsTheAttempt_withoutTheDoctor() {
        session.connect();
        session.cancelConnecting();

        assertTrue(connector.latest().isCancelled());
        assertEquals(ConnectionState.FAILED, session.state());
        assertEquals(ConnectionSession.CANCELLED, session.statusText());
        assertTrue(diagnosed.isEmpty());
    }

    @Test
    void disconnect_sendsTheCloseFrame_andAServerAnswerEndsWithoutReconnecting() {
        form = Optional.of(withReconnect(3));
        session.connect();
        FakeConnection connection = connector.open();

        session.disconnect(4000, "bye").join();
        assertEquals(List.of("4000 bye"), connection.closes());
        connection.closedBy(ClosedBy.SERVER, 4000);

        assertEquals(ConnectionState.CLOSED, session.state());
        assertEquals("Closed (4000): Private use", session.statusText());
        assertTrue(waits.isEmpty(), "a close the user asked for never reconnects");
    }

    @Test
    void aDrop_reconnectsAfterTheBackoff_untilTheAttemptsAreUsed() {
        form = Optional.of(withReconnect(2));
        session.connect();
        connector.open().closedBy(ClosedBy.NETWORK, 1006);

        assertEquals(ConnectionState.CLOSED, session.state());
        assertEquals("Closed (1006): Abnormal closure; reconnecting in 0.1 s (attempt 1 of 2)", session.statusText());
        assertEquals(List.of(100L), waits);
        assertTrue(errors().contains("Auto-reconnect: reconnecting in 0.1 s (attempt 1 of 2)"), errors().toString());

        waiting.get(0).complete(null);
        assertEquals("Connecting to " + URL + " (reconnect attempt 1 of 2) …", session.statusText());
        connector.latest().completeExceptionally(new IllegalStateException("refused"));
        assertEquals(List.of(100L, 200L), waits, "the wait doubles");
        waiting.get(1).complete(null);
        connector.latest().completeExceptionally(new IllegalStateException("refused"));

        assertEquals(ConnectionState.FAILED, session.state());
        assertEquals("Failed: refused; gave up reconnecting after 2 attempts", session.statusText());
        assertTrue(errors().contains("Gave up reconnecting after 2 attempts"));
        assertTrue(diagnosed.isEmpty(), "the doctor is for the user's own attempt, not a series'");
        assertEquals(3, connector.requests().size());
    }

    @Test
    void stopReconnecting_dropsTheWaitingAttempt() {
        form = Optional.of(withReconnect(5));
        session.connect();
        connector.open().closedBy(ClosedBy.SERVER, 1012);
        assertTrue(session.isWaitingToReconnect());

        session.stopReconnecting();

        assertFalse(session.isWaitingToReconnect());
        assertTrue(waiting.get(0).isCancelled());
        assertEquals("Closed (1012): Service restart; reconnecting stopped", session.statusText());
    }

    @Test
    void send_needsAConnection_andSaysWhyItFailed() {
        CompletionException notConnected = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                () -> session.send(OutgoingMessage.text("hi")).join());
        assertEquals("Not connected: connect first", notConnected.getCause().getMessage());

        session.connect();
        FakeConnection connection = connector.open();
        session.send(OutgoingMessage.text("hi")).join();
        assertEquals("hi", connection.sent().get(0).text());

        connection.failSendsWith(new IOException("Broken pipe"));
        CompletionException failed = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                () -> session.send(OutgoingMessage.text("again")).join());
        assertEquals("Send failed: Broken pipe", failed.getCause().getMessage());
    }

    @Test
    void shutdown_saysGoingAway_andStopsReconnecting() {
        form = Optional.of(withReconnect(5));
        session.connect();
        FakeConnection connection = connector.open();

        session.shutdown();
        connection.closedBy(ClosedBy.SERVER, 1001);

        assertEquals(List.of("1001 window closed"), connection.closes());
        assertTrue(waits.isEmpty());
    }

    private static ConnectRequest withReconnect(int attempts) {
        return new ConnectRequest(URL, List.of(), List.of(), List.of(),
                ConnectOptions.defaults().withReconnect(new ReconnectOptions(true, attempts, 100, 10_000)));
    }

    private List<String> errors() {
        return timeline.all().stream().map(TimelineEntry::event).filter(TimelineEvent.Error.class::isInstance)
                .map(event -> ((TimelineEvent.Error) event).message()).toList();
    }
}
