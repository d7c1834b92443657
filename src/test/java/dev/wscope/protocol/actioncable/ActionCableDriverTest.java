package dev.wscope.protocol.actioncable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.Subscription;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.protocol.ProtocolRejected;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The driver with no socket: frames handed to it as the engine would, what it sends kept in a list. */
class ActionCableDriverTest {
    private static final String ECHO = "{\"channel\":\"EchoChannel\",\"room\":\"1\"}";
    private final SessionTimeline timeline = new SessionTimeline();
    private final ActionCableDriver driver = new ActionCableDriver(timeline);
    private final List<OutgoingMessage> sentByItself = new ArrayList<>();

    @BeforeEach
    void open() {
        driver.opened(sentByItself::add);
    }

    private void hear(String frame) {
        driver.received(false, frame.getBytes(StandardCharsets.UTF_8));
    }

    private String encode(String verb, String argument) throws PayloadException {
        List<OutgoingMessage> frames = driver.encode(new ProtocolMessage(verb, argument));
        assertEquals(1, frames.size());
        assertFalse(frames.get(0).binary());
        return frames.get(0).text();
    }

    private List<TimelineEvent.Error> errors() {
        return timeline.all().stream().map(entry -> entry.event()).filter(TimelineEvent.Error.class::isInstance)
                .map(TimelineEvent.Error.class::cast).toList();
    }

    @Test
    void offersRailsSubprotocols_unlessTheUserOfferedSome() {
        ConnectRequest bare = ConnectRequest.of("ws://127.0.0.1/cable");
        assertEquals(List.of("actioncable-v1-json", "actioncable-unsupported"), driver.prepare(bare).subprotocols());
        assertEquals("ws://127.0.0.1/cable", driver.prepare(bare).url());
        ConnectRequest own = new ConnectRequest(bare.url(), List.of(), List.of(), List.of("actioncable-v2"), bare.options());
        assertEquals(List.of("actioncable-v2"), driver.prepare(own).subprotocols());
    }

    @Test
    void readyAtTheWelcome_sendingNothingOfItsOwn_evenForPings() throws Exception {
        assertFalse(driver.ready().isDone());
        hear("{\"type\":\"ping\",\"message\":1796489285}");
        assertFalse(driver.ready().isDone(), "a ping is not the welcome");
        hear("{\"type\":\"welcome\"}");

        assertTrue(driver.ready().isDone());
        driver.ready().get();
        assertEquals(List.of(), sentByItself, "Rails' pings want no answer");
    }

    @Test
    void framesTheCommandsAsRailsClientDoes_byteForByte() throws Exception {
        List<String> client = ActionCableCodecTest.fixture("client-frames.txt");

        assertEquals(client.get(0), encode("subscribe", "{\"channel\": \"EchoChannel\", \"room\": \"1\"}"));
        assertEquals(client.get(1), encode("perform", "{\"action\": \"speak\", \"text\": \"hi\"}"));
        assertEquals(client.get(2), encode("unsubscribe", " {\"channel\":\"EchoChannel\",\"room\":\"1\"} "));
    }

    @Test
    void aBareChannelName_isItsIdentifier() throws Exception {
        assertEquals("{\"command\":\"subscribe\",\"identifier\":\"{\\\"channel\\\":\\\"ChatChannel\\\"}\"}",
                encode("subscribe", "ChatChannel"));
    }

    @Test
    void performGoesToTheChannelSubscribedLast_andWaitsForItsConfirmation() throws Exception {
        hear("{\"type\":\"welcome\"}");
        encode("subscribe", ECHO);
        encode("subscribe", "{\"channel\":\"ChatChannel\"}");
        ProtocolMessage speak = new ProtocolMessage("perform", "{\"action\":\"speak\"}");
        assertTrue(encode("perform", speak.argument()).contains("ChatChannel"));
        CompletableFuture<Void> readyForSpeak = driver.readyFor(speak);

        hear("{\"identifier\":\"" + ECHO.replace("\"", "\\\"") + "\",\"type\":\"confirm_subscription\"}");
        assertFalse(readyForSpeak.isDone(), "EchoChannel's confirmation is not ChatChannel's");
        hear("{\"identifier\":\"{\\\"channel\\\":\\\"ChatChannel\\\"}\",\"type\":\"confirm_subscription\"}");
        assertTrue(readyForSpeak.isDone());

        encode("unsubscribe", "{\"channel\":\"ChatChannel\"}");
        assertTrue(encode("perform", speak.argument()).contains("EchoChannel"), "back to the one still subscribed");
        encode("subscribe", "ChatChannel");
        encode("subscribe", ECHO);
        assertTrue(encode("perform", speak.argument()).contains("EchoChannel"), "subscribed again, last again");
        assertTrue(driver.readyFor(speak).isDone(), "with the confirmation the server gave the first time");
    }

    @Test
    void theSubscriptionsList_theChannelsNotRejectedNorUnsubscribed_eachWithTheMessageThatEndsIt() throws Exception {
        hear("{\"type\":\"welcome\"}");
        encode("subscribe", ECHO);
        encode("subscribe", "SecretChannel");
        encode("subscribe", "ChatChannel");
        hear("{\"identifier\":\"{\\\"channel\\\":\\\"SecretChannel\\\"}\",\"type\":\"reject_subscription\"}");
        encode("unsubscribe", "ChatChannel");

        assertEquals(List.of(new Subscription("EchoChannel {\"room\":\"1\"}", new ProtocolMessage("unsubscribe", ECHO))),
                driver.subscriptions());
        assertEquals("{\"command\":\"unsubscribe\",\"identifier\":\"{\\\"channel\\\":\\\"EchoChannel\\\",\\\"room\\\":\\\"1\\\"}\"}",
                encode("unsubscribe", driver.subscriptions().get(0).unsubscribe().argument()));
        assertEquals(List.of(), driver.subscriptions());
    }

    @Test
    void aRejectedSubscription_isARefusalInTheServersWords_andFailsAPerformWaitingForIt() throws Exception {
        hear("{\"type\":\"welcome\"}");
        encode("subscribe", "{\"channel\":\"SecretChannel\"}");
        CompletableFuture<Void> perform = driver.readyFor(new ProtocolMessage("perform", "{\"action\":\"read\"}"));

        hear("{\"identifier\":\"{\\\"channel\\\":\\\"SecretChannel\\\"}\",\"type\":\"reject_subscription\"}");

        ExecutionException failed = assertThrows(ExecutionException.class, perform::get);
        assertInstanceOf(ProtocolRejected.class, failed.getCause());
        TimelineEvent.Error error = errors().get(0);
        assertEquals("protocol-rejected", error.cause());
        assertTrue(error.message().startsWith("Action Cable rejected the subscription to SecretChannel {\"channel\":\"SecretChannel\"}"
                + ": reject_subscription (SecretChannel's subscribed called reject)"), error.message());

        encode("subscribe", "SecretChannel");
        assertFalse(driver.readyFor(new ProtocolMessage("perform", "{\"action\":\"read\"}")).isDone(),
                "subscribing again asks again: Rails forgot the rejected one");
    }

    @Test
    void anUnauthorizedDisconnect_isARefusalNamingTheCookiesToTry() {
        hear("{\"type\":\"disconnect\",\"reason\":\"unauthorized\",\"reconnect\":false}");

        ExecutionException failed = assertThrows(ExecutionException.class, () -> driver.ready().get());
        assertInstanceOf(ProtocolRejected.class, failed.getCause());
        String words = errors().get(0).message();
        assertTrue(words.startsWith("Action Cable closed the connection: disconnect unauthorized (no reconnect). The connection's"
                + " connect called reject_unauthorized_connection"), words);
        assertTrue(words.contains("cookies or headers"), words);
    }

    @Test
    void aCloseBeforeTheConfirmation_failsWhoeverWaitsForIt() {
        hear("{\"type\":\"welcome\"}");
        ProtocolMessage perform = new ProtocolMessage("perform", "{\"action\":\"speak\"}");
        assertThrows(PayloadException.class, () -> driver.encode(perform), "nothing subscribed yet");
        assertThrowsNothing(() -> encode("subscribe", ECHO));
        CompletableFuture<Void> waiting = driver.readyFor(perform);

        driver.closed();

        assertTrue(waiting.isCompletedExceptionally());
        assertEquals(List.of(), errors(), "a close is no refusal");
    }

    @Test
    void wrongInput_saysWhatIsWrongAndShowsTheForm() {
        assertEquals("perform goes to the channel subscribed last, and none is: subscribe first, e.g. -m 'subscribe:"
                + "{\"channel\": \"ChatChannel\"}' -m 'perform:{\"action\": \"speak\", \"text\": \"hi\"}'",
                message(() -> encode("perform", "{\"action\":\"speak\"}")));
        assertTrue(message(() -> encode("subscribe", "{\"room\":\"1\"}")).startsWith("a channel's identifier names its \"channel\""));
        assertTrue(message(() -> encode("subscribe", "{\"channel\":")).startsWith("a channel's identifier is a JSON object, e.g. "
                + "{\"channel\": \"ChatChannel\", \"room\": \"1\"}; got {\"channel\":"));
        assertTrue(message(() -> encode("subscribe", "Chat Channel")).contains("or a channel's name alone"));
        assertThrowsNothing(() -> encode("subscribe", ECHO));
        assertTrue(message(() -> encode("perform", "{\"text\":\"hi\"}")).startsWith("perform names its \"action\""));
        assertTrue(message(() -> encode("perform", "[1]")).startsWith("perform's data is a JSON object"));
    }

    private interface Encoding {
        void run() throws Exception;
    }

    private static void assertThrowsNothing(Encoding encoding) {
        try {
            encoding.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String message(Encoding encoding) {
        return assertThrows(PayloadException.class, encoding::run).getMessage();
    }
}
