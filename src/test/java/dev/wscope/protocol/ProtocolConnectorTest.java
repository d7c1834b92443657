package dev.wscope.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.FakeConnector;
import dev.wscope.testing.FakeConnector.FakeConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The protocol layer's seam through the ports, with a driver of the test's own: no socket, no real protocol. */
class ProtocolConnectorTest {
    private final FakeConnector engine = new FakeConnector();
    private final SessionTimeline timeline = new SessionTimeline();
    private final LineDriver driver = new LineDriver(timeline);
    private final ProtocolConnector connector = new ProtocolConnector(engine, (setup, t) -> driver);
    private final List<OutgoingMessage> heard = new ArrayList<>();

    private static ConnectRequest request(ProtocolKind kind) {
        ConnectRequest request = ConnectRequest.of("ws://127.0.0.1:9/x");
        return request.withOptions(request.options().withProtocol(ProtocolSetup.of(kind)));
    }

    @Test
    void aRawRequest_goesStraightToTheEngine_withNothingListening() throws Exception {
        var opening = connector.connect(request(ProtocolKind.RAW), timeline);
        FakeConnection opened = engine.open();
        assertSame(opened, opening.get(1, TimeUnit.SECONDS));
        assertNull(engine.inbound());
    }

    @Test
    void aProtocolRequest_isDialledAsTheDriverPreparesIt_andTheDriverHearsEveryMessage() throws Exception {
        var opening = connector.connect(request(ProtocolKind.STOMP), timeline);
        assertEquals("ws://127.0.0.1:9/x?prepared", engine.requests().get(0).url());
        assertSame(driver, engine.inbound());
        engine.open();
        ProtocolConnection connection = assertInstanceOf(ProtocolConnection.class, opening.get(1, TimeUnit.SECONDS));
        engine.inbound().opened(heard::add);
        assertEquals("HELLO", heard.get(0).text());
        assertFalse(connection.ready().isDone());
        engine.inbound().received(false, bytes("READY"));
        assertTrue(connection.ready().isDone());
    }

    @Test
    void aProtocolMessage_waitsUntilTheProtocolIsReady_thenGoesFramed() throws Exception {
        var opening = connector.connect(request(ProtocolKind.STOMP), timeline);
        FakeConnection wire = engine.open();
        ProtocolConnection connection = (ProtocolConnection) opening.get(1, TimeUnit.SECONDS);
        engine.inbound().opened(heard::add);
        Thread readySoon = new Thread(() -> engine.inbound().received(false, bytes("READY")));
        readySoon.start();
        connection.send(new ProtocolMessage("say", "hi"), 5_000);
        readySoon.join();
        assertEquals(List.of("SAY hi"), wire.sent().stream().map(OutgoingMessage::text).toList());
    }

    @Test
    void aMessageBeforeReadiness_failsAtTheDeadline_sayingWhatItWaitedFor() throws Exception {
        var opening = connector.connect(request(ProtocolKind.STOMP), timeline);
        FakeConnection wire = engine.open();
        ProtocolConnection connection = (ProtocolConnection) opening.get(1, TimeUnit.SECONDS);
        IOException late = assertThrows(IOException.class, () -> connection.send(new ProtocolMessage("say", "hi"), 50));
        assertTrue(late.getMessage().contains("after 50 ms"), late.getMessage());
        assertTrue(wire.sent().isEmpty());
    }

    @Test
    void aRefusal_isAnErrorWithItsCause_andFailsTheWaitingSend() throws Exception {
        var opening = connector.connect(request(ProtocolKind.STOMP), timeline);
        engine.open();
        ProtocolConnection connection = (ProtocolConnection) opening.get(1, TimeUnit.SECONDS);
        engine.inbound().received(false, bytes("NO bad login"));
        ProtocolRejected rejected = assertThrows(ProtocolRejected.class,
                () -> connection.send(new ProtocolMessage("say", "hi"), 1_000));
        assertEquals("bad login", rejected.getMessage());
        TimelineEntry last = timeline.get(timeline.size() - 1);
        TimelineEvent.Error error = assertInstanceOf(TimelineEvent.Error.class, last.event());
        assertEquals(ProtocolRejected.CAUSE, error.cause());
    }

    @Test
    void cancellingTheAttempt_cancelsTheEnginesAttempt() {
        var opening = connector.connect(request(ProtocolKind.STOMP), timeline);
        opening.cancel(false);
        assertTrue(engine.latest().isCancelled());
    }

    @Test
    void aMessageTheProtocolCannotFrame_isRefusedWithItsWords() throws Exception {
        var opening = connector.connect(request(ProtocolKind.STOMP), timeline);
        engine.open();
        ProtocolConnection connection = (ProtocolConnection) opening.get(1, TimeUnit.SECONDS);
        engine.inbound().received(false, bytes("READY"));
        PayloadException wrong = assertThrows(PayloadException.class,
                () -> connection.send(new ProtocolMessage("shout", "hi"), 1_000));
        assertEquals("no verb shout", wrong.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A protocol of lines: HELLO on open, READY makes it ready, NO refuses, say:X goes out as SAY X. */
    private static final class LineDriver extends DriverBase {
        LineDriver(SessionTimeline timeline) {
            super(timeline);
        }

        @Override
        public ConnectRequest prepare(ConnectRequest request) {
            return new ConnectRequest(request.url() + "?prepared", request.headers(), request.cookies(),
                    request.subprotocols(), request.options());
        }

        @Override
        protected void start() {
            sendOwn(OutgoingMessage.text("HELLO"));
        }

        @Override
        public void received(boolean binary, byte[] payload) {
            String text = new String(payload, StandardCharsets.UTF_8);
            if (text.equals("READY")) {
                markReady();
            } else if (text.startsWith("NO ")) {
                rejected(text.substring(3));
            }
        }

        @Override
        public List<OutgoingMessage> encode(ProtocolMessage message) throws PayloadException {
            if (!message.verb().equals("say")) {
                throw new PayloadException("no verb " + message.verb());
            }
            return List.of(OutgoingMessage.text("SAY " + message.argument()));
        }
    }
}
