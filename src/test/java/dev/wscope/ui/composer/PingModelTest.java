package dev.wscope.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.testing.FakeConnector;
import dev.wscope.testing.FakeConnector.FakeConnection;
import dev.wscope.testing.FakeDoctor;
import dev.wscope.ui.session.SessionViewModel;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The Ping row's rules through fake ports: a payload that cannot go keeps it back, a failed ping only says so. */
class PingModelTest {
    private final FakeConnector connector = new FakeConnector();
    private final SessionViewModel session =
            new SessionViewModel(connector, new FakeDoctor(), Runnable::run, Runnable::run, uri -> { });
    private final PingModel ping = new ComposerViewModel(session, Runnable::run).ping();

    @Test
    void aFailedPing_isSaid_butTheNextOneMayGo_andReconnectingClearsIt() {
        session.form().urlProperty().set("ws://127.0.0.1:9/x");
        session.connect();
        FakeConnection connection = connector.open();
        connection.failSendsWith(new IOException("Broken pipe"));

        ping.payloadProperty().set("are you there?");
        ping.ping();

        assertEquals("Ping failed: Broken pipe", ping.errorProperty().get());
        assertTrue(ping.canPingProperty().get(), "a failed write is no fault of the payload");
        connection.closedBy(ClosedBy.NETWORK, 1006);
        session.connect();
        connector.open();
        assertEquals("", ping.errorProperty().get());
    }

    @Test
    void aPayloadOver125Bytes_keepsThePingBack_whateverTheConnection() {
        session.form().urlProperty().set("ws://127.0.0.1:9/x");
        session.connect();
        connector.open();

        ping.hexProperty().set(true);
        ping.payloadProperty().set("00".repeat(126));

        assertFalse(ping.canPingProperty().get());
        assertTrue(ping.errorProperty().get().startsWith("A ping carries at most 125 bytes"), ping.errorProperty().get());
    }
}
