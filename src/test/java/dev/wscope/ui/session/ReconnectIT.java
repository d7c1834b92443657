package dev.wscope.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.engine.WebSocketConnector;
import dev.wscope.engine.doctor.Doctor;
import dev.wscope.server.TestServer;
import dev.wscope.session.ConnectionState;
import dev.wscope.testing.Waits;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Auto-reconnect against a real server that goes away (and comes back), every attempt on the timeline. */
class ReconnectIT {
    private ExecutorService executor;
    private SessionViewModel session;

    @BeforeEach
    void create() {
        executor = Executors.newCachedThreadPool();
        // The "UI" executor serialises callbacks as the FX thread would.
        ExecutorService ui = Executors.newSingleThreadExecutor();
        session = new SessionViewModel(new WebSocketConnector(executor), new Doctor(Audience.WINDOW), executor, ui::execute, uri -> { });
        session.form().settings().reconnectProperty().set(true);
        session.form().settings().reconnectAttemptsProperty().set(3);
        session.form().settings().reconnectFirstDelayMillisProperty().set(100);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private long count(String kind, String containing) {
        return session.timeline().all().stream().filter(e -> e.event().kind().equals(kind))
                .filter(e -> !(e.event() instanceof TimelineEvent.Error error) || error.message().contains(containing))
                .count();
    }

    @Test
    void serverGone_reconnectsThreeTimesThenGivesUp_eachAttemptOnTheTimeline() throws Exception {
        TestServer server = TestServer.start("127.0.0.1", 0);
        session.form().urlProperty().set(server.url("/echo"));
        session.connect();
        waitUntil(() -> session.stateProperty().get() == ConnectionState.CONNECTED);
        server.close();
        waitUntil(() -> session.stateTextProperty().get().contains("gave up reconnecting after 3 attempts"));
        assertEquals(4, count("connecting", ""), "the first connection and three attempts");
        assertEquals(3, count("error", "Auto-reconnect: reconnecting in"));
        assertTrue(session.stateTextProperty().get().startsWith("Failed"), session.stateTextProperty().get());
    }

    @Test
    void serverBack_reconnects() throws Exception {
        TestServer server = TestServer.start("127.0.0.1", 0);
        int port = server.port();
        session.form().settings().reconnectAttemptsProperty().set(20);
        session.form().urlProperty().set(server.url("/echo"));
        session.connect();
        waitUntil(() -> session.stateProperty().get() == ConnectionState.CONNECTED);
        server.close();
        waitUntil(() -> count("error", "Auto-reconnect") >= 2);
        try (TestServer back = TestServer.start("127.0.0.1", port)) {
            waitUntil(() -> session.stateProperty().get() == ConnectionState.CONNECTED);
            assertEquals(2, count("open", ""), "opened again on the same address");
            session.disconnect();
            waitUntil(() -> session.stateProperty().get() == ConnectionState.CLOSED);
            assertTrue(session.stateTextProperty().get().startsWith("Closed (1000)"), "a close by the user is final");
        }
    }

    @Test
    void reconnectOff_byDefault_aDropJustCloses() throws Exception {
        session.form().settings().reconnectProperty().set(false);
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            session.form().urlProperty().set(server.url("/drop"));
            session.connect();
            waitUntil(() -> session.stateProperty().get() == ConnectionState.CLOSED);
            assertTrue(session.stateTextProperty().get().startsWith("Closed (1006)"), session.stateTextProperty().get());
            assertEquals(0, count("error", "Auto-reconnect"));
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        Waits.until(condition, Duration.ofSeconds(20));
    }
}
