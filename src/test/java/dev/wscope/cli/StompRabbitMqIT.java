package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.engine.WebSocketConnector;
import dev.wscope.protocol.ProtocolConnection;
import dev.wscope.protocol.ProtocolConnector;
import dev.wscope.protocol.stomp.StompFrame;
import dev.wscope.session.Connection;
import dev.wscope.testing.ChildJvm;
import dev.wscope.testing.RabbitMq;
import dev.wscope.testing.Waits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** `wscope send --protocol stomp` against a real RabbitMQ (rabbitmq_web_stomp) started for these tests. */
class StompRabbitMqIT {
    private static RabbitMq rabbit;

    @BeforeAll
    static void startBroker() throws Exception {
        rabbit = RabbitMq.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (rabbit != null) {
            rabbit.close();
        }
    }

    private static ChildJvm send(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("send", rabbit.url(), "--protocol", "stomp", "--json"));
        args.addAll(List.of(options));
        return ChildJvm.run("256m", 60, args.toArray(String[]::new));
    }

    /** The sent or received events whose STOMP command is this one, in order. */
    private static List<JsonObject> frames(ChildJvm run, String kind, String command) {
        return run.events(kind).stream().filter(event -> event.has("protocol")
                && command.equals(event.getAsJsonObject("protocol").get("command").getAsString())).toList();
    }

    private static String header(JsonObject event, String name) {
        return event.getAsJsonObject("protocol").getAsJsonObject("headers").get(name).getAsString();
    }

    @Test
    void subscribesSendsAndReceivesWithReceipts() throws Exception {
        ChildJvm run = send("--login", "guest", "--passcode", "guest", "--wait", "2",
                "-m", "subscribe:{\"destination\": \"/topic/prices\", \"receipt\": true}",
                "-m", "send:{\"destination\": \"/topic/prices\", \"body\": {\"p\": 1}, \"headers\": {\"note\": \"a:b\"}, \"receipt\": true}");

        assertEquals(0, run.exit(), run.err() + run.out());
        List<JsonObject> connected = frames(run, "received", "CONNECTED");
        assertEquals("1.2", header(connected.get(0), "version"), run.out());
        assertEquals(List.of("r-1", "r-2"), frames(run, "received", "RECEIPT").stream().map(receipt -> header(receipt, "receipt-id")).toList(),
                "each receipt asked for came: " + run.out());
        List<JsonObject> messages = frames(run, "received", "MESSAGE");
        assertEquals(1, messages.size(), run.out());
        JsonObject message = messages.get(0);
        assertEquals("{\"p\":1}", message.getAsJsonObject("protocol").get("body").getAsString());
        assertEquals("/topic/prices", header(message, "destination"));
        assertEquals("a:b", header(message, "note"), "a colon in a header goes escaped and comes back");
        assertEquals("sub-0", header(message, "subscription"));
    }

    @Test
    void thePasscodeGoesToTheBrokerButNotIntoTheOutput() throws Exception {
        ChildJvm run = send("--login", "guest", "--passcode", "guest", "--wait", "0.5");

        assertEquals(0, run.exit(), run.err());
        JsonObject connect = frames(run, "sent", "CONNECT").get(0);
        assertEquals("*****", header(connect, "passcode"));
        assertFalse(run.out().contains("passcode:guest"), run.out());
        assertEquals(1, frames(run, "received", "CONNECTED").size(), "RabbitMQ took the real passcode: " + run.out());
    }

    @Test
    void heartBeatsGoBothWaysAndTheBrokerKeepsTheConnection() throws Exception {
        ChildJvm run = send("--login", "guest", "--passcode", "guest", "--heartbeat", "1000,1000", "--wait", "4.5");

        // RabbitMQ drops a client silent for two of its intervals ("STOMP died"): the close would be the server's
        assertEquals(0, run.exit(), run.err() + rabbit.output());
        JsonObject closed = run.events("closed").get(0);
        assertEquals("client", closed.get("by").getAsString(), run.out());
        long sent = run.events("sent").stream().filter(event -> event.has("heartbeat")).count();
        long received = run.events("received").stream().filter(event -> event.has("heartbeat")).count();
        assertTrue(sent >= 3, "Wscope's heart-beats over 4.5 s at 1 s: " + sent + "\n" + run.out());
        assertTrue(received >= 3, "RabbitMQ's heart-beats over 4.5 s at 1 s: " + received + "\n" + run.out());
    }

    @Test
    void aWrongPasscodeIsTheBrokersErrorNamedAndExitOne() throws Exception {
        ChildJvm run = send("--login", "guest", "--passcode", "wrong", "--wait", "2", "-m", "subscribe:/queue/x");

        assertEquals(1, run.exit(), run.out());
        JsonObject error = run.events("error").get(0);
        assertEquals("protocol-rejected", error.get("cause").getAsString());
        assertTrue(error.get("message").getAsString().startsWith("STOMP ERROR: Bad CONNECT: Access refused for user 'guest'"
                + " (check --login, --passcode and --vhost"), error.toString());
        assertTrue(run.err().contains("Access refused for user 'guest'"), run.err());
        assertTrue(frames(run, "sent", "SUBSCRIBE").isEmpty(), "nothing sent after the refusal: " + run.out());
    }

    /** ACK and NACK need the id of a message received, so this session is held in process rather than by `send`. */
    @Test
    void aNackedMessageComesAgainAndAnAckedOneIsGone() throws Exception {
        ExecutorService executor = Executors.newCachedThreadPool();
        try {
            SessionTimeline timeline = new SessionTimeline();
            try (Session session = Session.open(executor, timeline)) {
                session.send("subscribe", "{\"destination\": \"/queue/acks\", \"ack\": \"client-individual\", \"receipt\": true}");
                session.send("send", "{\"destination\": \"/queue/acks\", \"body\": \"one\"}");
                StompFrame first = session.message(0);
                assertEquals("false", first.header("redelivered").orElseThrow());
                session.send("nack", first.header("ack").orElseThrow());
                StompFrame again = session.message(1);
                assertEquals("true", again.header("redelivered").orElseThrow(), "RabbitMQ requeued the NACKed message");
                assertEquals("one", again.body());
                // by its message-id: Wscope names it by its ack header, as STOMP 1.2 wants
                session.send("ack", again.header("message-id").orElseThrow());
                Waits.until("the ACK sent", () -> session.sent("ACK\nid:" + again.header("ack").orElseThrow() + "\n"), Duration.ofSeconds(5));
            }
            SessionTimeline later = new SessionTimeline();
            try (Session session = Session.open(executor, later)) {
                session.send("subscribe", "{\"destination\": \"/queue/acks\", \"receipt\": true}");
                Waits.until("the subscription's receipt", () -> session.received("RECEIPT"), Duration.ofSeconds(5));
                Thread.sleep(500);
                assertFalse(session.received("MESSAGE"), "the ACKed message was removed from the queue");
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void anUnsubscribedDestinationDeliversNothingMore() throws Exception {
        ExecutorService executor = Executors.newCachedThreadPool();
        try (Session session = Session.open(executor, new SessionTimeline())) {
            session.send("subscribe", "/topic/news");
            session.send("send", "{\"destination\": \"/topic/news\", \"body\": \"first\"}");
            assertEquals("first", session.message(0).body());
            session.send("unsubscribe", "/topic/news");
            session.send("send", "{\"destination\": \"/topic/news\", \"body\": \"second\", \"receipt\": true}");
            Waits.until("the second send's receipt", () -> session.received("RECEIPT"), Duration.ofSeconds(5));
            Thread.sleep(300);
            assertEquals(1, session.messages().size(), "nothing after UNSUBSCRIBE");
            assertFalse(session.received("ERROR"));
        } finally {
            executor.shutdownNow();
        }
    }

    /** A STOMP session on RabbitMQ opened through the protocol layer, as `send` and the window do. */
    private record Session(ProtocolConnection connection, SessionTimeline timeline) implements AutoCloseable {
        static Session open(ExecutorService executor, SessionTimeline timeline) throws Exception {
            ConnectRequest request = ConnectRequest.of(rabbit.url());
            request = request.withOptions(request.options().withProtocol(ProtocolSetup.of(ProtocolKind.STOMP)
                    .with(ProtocolSetup.LOGIN, "guest").with(ProtocolSetup.PASSCODE, "guest")));
            Connection opened = new ProtocolConnector(new WebSocketConnector(executor)).connect(request, timeline).get(30, TimeUnit.SECONDS);
            return new Session((ProtocolConnection) opened, timeline);
        }

        void send(String verb, String argument) throws Exception {
            connection.send(new ProtocolMessage(verb, argument), 10_000);
        }

        private List<StompFrame> frames(Direction direction) {
            return timeline.all().stream().map(TimelineEntry::event).filter(TimelineEvent.Message.class::isInstance)
                    .map(TimelineEvent.Message.class::cast).filter(message -> message.direction() == direction)
                    .flatMap(message -> StompFrame.parse(message.payload()).stream()).toList();
        }

        boolean received(String command) {
            return frames(Direction.IN).stream().anyMatch(frame -> frame.command().equals(command));
        }

        boolean sent(String start) {
            return timeline.all().stream().map(TimelineEntry::event).filter(TimelineEvent.Message.class::isInstance)
                    .map(TimelineEvent.Message.class::cast).anyMatch(message -> message.direction() == Direction.OUT && message.text().startsWith(start));
        }

        /** The MESSAGE received at this index, waited for. */
        StompFrame message(int index) {
            Waits.until("MESSAGE #" + (index + 1), () -> messages().size() > index, Duration.ofSeconds(10));
            return messages().get(index);
        }

        private List<StompFrame> messages() {
            return frames(Direction.IN).stream().filter(frame -> frame.command().equals("MESSAGE")).toList();
        }

        @Override
        public void close() throws Exception {
            connection.close(1000, "");
            connection.closed().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theDoctorOpensTheStompSessionLastAndNamesARefusal() throws Exception {
        ChildJvm healthy = ChildJvm.run("256m", 60, "doctor", rabbit.url(), "--protocol", "stomp", "--login", "guest", "--passcode", "guest");
        assertEquals(0, healthy.exit(), healthy.out() + healthy.err());
        assertTrue(healthy.out().contains("protocol: stomp"), healthy.out());

        ChildJvm refused = ChildJvm.run("256m", 60, "doctor", rabbit.url(), "--protocol", "stomp", "--login", "guest", "--passcode", "wrong");
        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.out().contains("Access refused for user 'guest'"), refused.out());
        assertFalse(refused.out().contains("wrong"), "the passcode is not printed: " + refused.out());
    }

    @Test
    void aVirtualHostTheBrokerDoesNotHaveIsRefusedInItsWords() throws Exception {
        ChildJvm run = send("--login", "guest", "--passcode", "guest", "--vhost", "nowhere", "--wait", "2");

        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("Virtual host 'nowhere' access denied"), run.err());
    }
}
