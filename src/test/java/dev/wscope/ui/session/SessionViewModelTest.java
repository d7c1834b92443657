package dev.wscope.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.request.KeyValue;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.session.ConnectionState;
import dev.wscope.testing.FakeConnector;
import dev.wscope.testing.FakeDoctor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's adapter of a session, through fake ports: no socket, no toolkit. */
class SessionViewModelTest {
    private final FakeConnector connector = new FakeConnector();
    private final FakeDoctor doctor = new FakeDoctor();
    private SessionViewModel session;

    @BeforeEach
    void create() {
        session = new SessionViewModel(connector, doctor, Runnable::run, Runnable::run, uri -> { });
    }

    @Test
    void typingAQueryIntoTheAddress_fillsTheParamsTable() {
        session.form().urlProperty().set("ws://h/feed?symbol=BTC&depth=10");
        assertEquals(List.of(KeyValue.of("symbol", "BTC"), KeyValue.of("depth", "10")), session.form().params().values());
    }

    @Test
    void editingParams_rewritesTheAddressQuery_andDisabledOnesStayOut() {
        session.form().urlProperty().set("ws://h/feed?symbol=BTC");
        session.form().params().rows().get(0).valueProperty().set("ETH");
        assertEquals("ws://h/feed?symbol=ETH", session.form().urlProperty().get());
        session.form().params().rawTextProperty().set("symbol=ETH\n#debug=1\nlimit=5\n");
        assertEquals("ws://h/feed?symbol=ETH&limit=5", session.form().urlProperty().get());
        session.form().urlProperty().set("ws://h/feed?symbol=SOL");
        assertEquals(List.of(KeyValue.of("symbol", "SOL"), new KeyValue(false, "debug", "1")), session.form().params().values(),
                "a disabled param survives an edit of the address");
    }

    @Test
    void connectWithBadAddress_explainsAndOffersTheFix_withoutChangingState() {
        session.form().urlProperty().set("https://example.test/socket");
        session.connect();
        assertTrue(session.form().urlErrorProperty().get().contains("wss://"), session.form().urlErrorProperty().get());
        assertEquals("wss://example.test/socket", session.form().urlSuggestionProperty().get());
        assertEquals(ConnectionState.DISCONNECTED, session.stateProperty().get());
        session.form().acceptSuggestion();
        assertEquals("wss://example.test/socket", session.form().urlProperty().get());
        assertEquals("", session.form().urlErrorProperty().get());
    }

    @Test
    void connectWithInjectedHeader_isRefusedBeforeAnythingHappens() {
        session.form().urlProperty().set("ws://127.0.0.1:1/x");
        session.form().headers().setValues(List.of(KeyValue.of("X-A", "1\r\nEvil: yes")));
        session.connect();
        assertTrue(session.form().urlErrorProperty().get().contains("line break"), session.form().urlErrorProperty().get());
        assertEquals(ConnectionState.DISCONNECTED, session.stateProperty().get());
        assertEquals(0, session.timeline().size(), "nothing recorded, nothing sent");
    }

    @Test
    void aFailedAttempt_hasItsLastEventsOnShow_andTheDoctorsFinding() {
        session.form().urlProperty().set("ws://127.0.0.1:9/refused");
        session.connect();
        assertEquals(ConnectionState.CONNECTING, session.stateProperty().get());
        session.timeline().append(new TimelineEvent.Connecting("ws://127.0.0.1:9/refused"));
        session.timeline().append(new TimelineEvent.Error("Connection refused"));
        connector.latest().completeExceptionally(new IllegalStateException("Connection refused"));

        assertEquals(ConnectionState.FAILED, session.stateProperty().get());
        assertEquals("Failed: Connection refused", session.stateTextProperty().get());
        assertEquals(session.timeline().size(), session.timelineModel().rows().size(), "no batch was needed");
        assertEquals(List.of("ws://127.0.0.1:9/refused"), doctor.examined());
        assertTrue(session.diagnosis().shownProperty().get());
        assertEquals("connection-refused", session.diagnosis().reportProperty().get().diagnosis().cause().code());

        session.form().urlProperty().set("ws://127.0.0.1:9/other");
        assertEquals(ConnectionState.DISCONNECTED, session.stateProperty().get(), "a failure is about its address");
        assertTrue(!session.diagnosis().shownProperty().get());
    }
}
