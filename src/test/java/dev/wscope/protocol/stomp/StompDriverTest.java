package dev.wscope.protocol.stomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.protocol.Subscription;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.protocol.ProtocolRejected;
import dev.wscope.testing.Waits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The driver on a fake connection that records what it sends as the engine does (on the timeline, then out). */
class StompDriverTest {
    private final SessionTimeline timeline = new SessionTimeline();
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private StompDriver driver;

    private StompDriver open(ProtocolSetup setup) {
        driver = new StompDriver(setup, timeline);
        driver.opened(message -> {
            timeline.append(new TimelineEvent.Message(Direction.OUT, message.binary(), message.bytes()));
            sent.add(new String(message.bytes(), StandardCharsets.UTF_8));
        });
        return driver;
    }

    private static ProtocolSetup stomp() {
        return ProtocolSetup.of(ProtocolKind.STOMP);
    }

    private void receive(String frame) {
        driver.received(false, frame.getBytes(StandardCharsets.UTF_8));
    }

    private String encode(String verb, String argument) throws PayloadException {
        return new String(driver.encode(new ProtocolMessage(verb, argument)).get(0).bytes(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.closed();
        }
    }

    @Test
    void offersStompsSubprotocolsUnlessTheUserChoseSome() {
        StompDriver stomp = new StompDriver(stomp(), timeline);
        ConnectRequest plain = ConnectRequest.of("ws://127.0.0.1:15674/ws");
        assertEquals(List.of("v12.stomp", "v11.stomp", "v10.stomp"), stomp.prepare(plain).subprotocols());
        ConnectRequest chosen = new ConnectRequest(plain.url(), plain.headers(), plain.cookies(), List.of("v11.stomp"), plain.options());
        assertEquals(List.of("v11.stomp"), stomp.prepare(chosen).subprotocols());
    }

    @Test
    void connectCarriesTheSettingsAndTheTimelineHidesThePasscode() {
        open(stomp().with(ProtocolSetup.LOGIN, "guest").with(ProtocolSetup.PASSCODE, "s3cret").with(ProtocolSetup.VHOST, "prod")
                .with(ProtocolSetup.HEARTBEAT, "1000,2000"));
        assertEquals("CONNECT\naccept-version:1.0,1.1,1.2\nhost:prod\nlogin:guest\npasscode:s3cret\nheart-beat:1000,2000\n\n\0",
                sent.get(0), "the server gets the passcode");
        TimelineEvent.Message recorded = (TimelineEvent.Message) timeline.get(0).event();
        assertTrue(recorded.text().contains("passcode:*****\n"), recorded.text());
        assertFalse(recorded.text().contains("s3cret"));
        assertEquals(null, timeline.mask(), "the mask is put back once CONNECT is recorded");
    }

    @Test
    void withoutSettingsTheHostIsRabbitMqsDefaultVirtualHostAndHeartBeatsTenSeconds() {
        open(stomp());
        assertEquals("CONNECT\naccept-version:1.0,1.1,1.2\nhost:/\nheart-beat:10000,10000\n\n\0", sent.get(0));
    }

    @Test
    void readyOnConnectedThenHeartBeatsAtTheAgreedInterval() throws Exception {
        open(stomp().with(ProtocolSetup.HEARTBEAT, "50,0"));
        assertFalse(driver.ready().isDone());
        receive("CONNECTED\nversion:1.2\nheart-beat:0,80\n\n\0\n");
        assertTrue(driver.ready().isDone());
        long start = System.nanoTime();
        Waits.until("three heart-beats sent", () -> sent.stream().filter("\n"::equals).count() >= 3, Duration.ofSeconds(5));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 200, "every 80 ms, the larger of 50 and the server's 80: three took " + millis + " ms");
        driver.closed();
        int after = sent.size();
        Thread.sleep(250);
        assertEquals(after, sent.size(), "no heart-beat after the connection closed");
    }

    @Test
    void noHeartBeatsWhenEitherSideSaysZero() throws Exception {
        open(stomp().with(ProtocolSetup.HEARTBEAT, "20,20"));
        receive("CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0");
        Thread.sleep(150);
        assertEquals(1, sent.size(), "only CONNECT: " + sent);
    }

    @Test
    void anErrorIsARefusalInTheServersWordsWithWhatToTry() {
        open(stomp());
        receive("ERROR\nmessage:Bad CONNECT\ncontent-length:32\n\nAccess refused for user 'guest'\n\0\n");
        ExecutionException failed = assertThrows(ExecutionException.class, () -> driver.ready().get());
        ProtocolRejected rejected = (ProtocolRejected) failed.getCause();
        assertEquals("STOMP ERROR: Bad CONNECT: Access refused for user 'guest' (check --login, --passcode and --vhost:"
                + " the broker's user, its password and its virtual host)", rejected.getMessage());
        TimelineEvent.Error error = (TimelineEvent.Error) timeline.get(timeline.size() - 1).event();
        assertEquals(ProtocolRejected.CAUSE, error.cause());
    }

    @Test
    void anErrorAfterConnectedIsARefusalTooWithoutTheLoginAdvice() {
        open(stomp());
        receive("CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0");
        receive("ERROR\nmessage:Subscription not found\n\nThere is no current subscription with tag 'T_sub-0'.\0");
        TimelineEvent.Error error = (TimelineEvent.Error) timeline.get(timeline.size() - 1).event();
        assertEquals("STOMP ERROR: Subscription not found: There is no current subscription with tag 'T_sub-0'.", error.message());
        assertEquals(ProtocolRejected.CAUSE, error.cause());
    }

    @Test
    void subscriptionsAreNumberedAndUnsubscribeNamesTheDestinationsId() throws PayloadException {
        open(stomp());
        assertEquals("SUBSCRIBE\nid:sub-0\ndestination:/topic/prices\nack:auto\n\n\0", encode("subscribe", "/topic/prices"));
        assertEquals("SUBSCRIBE\nid:sub-1\ndestination:/queue/x\nack:client-individual\nx-priority:5\nreceipt:r-1\n\n\0",
                encode("subscribe", "{\"destination\": \"/queue/x\", \"ack\": \"client-individual\", \"receipt\": true,"
                        + " \"headers\": {\"x-priority\": 5}}"));
        assertEquals(List.of(new Subscription("/topic/prices (sub-0)", new ProtocolMessage("unsubscribe", "/topic/prices")),
                new Subscription("/queue/x (sub-1)", new ProtocolMessage("unsubscribe", "/queue/x"))), driver.subscriptions());
        assertEquals("UNSUBSCRIBE\nid:sub-0\n\n\0", encode("unsubscribe", "/topic/prices"));
        assertEquals(List.of("/queue/x (sub-1)"), driver.subscriptions().stream().map(Subscription::label).toList());
        PayloadException twice = assertThrows(PayloadException.class, () -> encode("unsubscribe", "/topic/prices"));
        assertEquals("unsubscribe:DESTINATION names a destination subscribed to before (/queue/x); got \"/topic/prices\"", twice.getMessage());
        PayloadException again = assertThrows(PayloadException.class, () -> encode("subscribe", "/queue/x"));
        assertTrue(again.getMessage().startsWith("already subscribed to /queue/x as sub-1"), again.getMessage());
        PayloadException mode = assertThrows(PayloadException.class, () -> encode("subscribe", "{\"destination\": \"/q\", \"ack\": \"never\"}"));
        assertEquals("subscribe's ack is auto, client or client-individual; got \"never\"", mode.getMessage());
    }

    @Test
    void sendSetsTheBodysLengthInBytesAndAJsonBodysType() throws PayloadException {
        open(stomp());
        assertEquals("SEND\ndestination:/queue/x\nnote:a\\cb\ncontent-length:8\nreceipt:r-7\n\nprix €\0",
                encode("send", "{\"destination\": \"/queue/x\", \"body\": \"prix €\", \"headers\": {\"note\": \"a:b\"}, \"receipt\": \"r-7\"}"));
        assertEquals("SEND\ndestination:/topic/prices\ncontent-type:application/json\ncontent-length:7\n\n{\"p\":1}\0",
                encode("send", "{\"destination\": \"/topic/prices\", \"body\": {\"p\": 1}}"));
        assertEquals("SEND\ndestination:/q\ncontent-length:0\n\n\0", encode("send", "{\"destination\": \"/q\"}"));
        PayloadException plain = assertThrows(PayloadException.class, () -> encode("send", "/queue/x hello"));
        assertTrue(plain.getMessage().contains("send:{\"destination\": \"/queue/x\", \"body\": \"...\""), plain.getMessage());
        PayloadException noDestination = assertThrows(PayloadException.class, () -> encode("send", "{\"body\": \"hi\"}"));
        assertTrue(noDestination.getMessage().startsWith("\"destination\" is missing"), noDestination.getMessage());
    }

    @Test
    void ackNamesTheMessageAsTheAgreedVersionWants() throws PayloadException {
        open(stomp());
        receive("CONNECTED\nversion:1.1\nheart-beat:0,0\n\n\0");
        encode("subscribe", "{\"destination\": \"/queue/x\", \"ack\": \"client\"}");
        receive("MESSAGE\nsubscription:sub-0\ndestination:/queue/x\nmessage-id:m-1\n\nhi\0");
        assertEquals("ACK\nmessage-id:m-1\nsubscription:sub-0\n\n\0", encode("ack", "m-1"));
        PayloadException unknown = assertThrows(PayloadException.class, () -> encode("nack", "m-1"));
        assertTrue(unknown.getMessage().contains("STOMP 1.1 needs its subscription"), unknown.getMessage());
    }

    @Test
    void ackOfStomp12TakesTheAckHeaderOrTheMessageId() throws PayloadException {
        open(stomp());
        receive("CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0");
        encode("subscribe", "{\"destination\": \"/queue/x\", \"ack\": \"client-individual\"}");
        receive("MESSAGE\nsubscription:sub-0\ndestination:/queue/x\nmessage-id:m-1\nack:a-1\n\nhi\0");
        assertEquals("NACK\nid:a-1\n\n\0", encode("nack", "m-1"));
        assertEquals("ACK\nid:a-9\n\n\0", encode("ack", "a-9"), "an id it has not seen goes as it is");
    }

    @Test
    void stomp10HasNoNack() throws PayloadException {
        open(stomp());
        receive("CONNECTED\n\n\0");
        assertEquals("ACK\nmessage-id:m-1\n\n\0", encode("ack", "m-1"));
        PayloadException nack = assertThrows(PayloadException.class, () -> encode("nack", "m-1"));
        assertEquals("the server speaks STOMP 1.0, which has no NACK", nack.getMessage());
    }

    @Test
    void aWrongHeartBeatSettingSaysTheExpectedForm() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> new StompDriver(stomp().with(ProtocolSetup.HEARTBEAT, "fast"), timeline));
        assertEquals("--heartbeat takes two numbers of milliseconds, \"SEND,RECEIVE\" (e.g. 10000,10000, or 0,0 for none);"
                + " got \"fast\"", wrong.getMessage());
    }
}
