package dev.wscope.protocol.socketio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.protocol.ProtocolRejected;
import dev.wscope.testing.Waits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Socket.IO driver against a fake connection: what it dials, answers, sends and refuses. */
class SocketIoDriverTest {
    private static final String OPEN_4 = "0{\"sid\":\"s\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":1000000}";

    private final SessionTimeline timeline = new SessionTimeline();
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://host:3000/admin|4||ws://host:3000/socket.io/?EIO=4&transport=websocket|/admin",
        "https://host/|4||wss://host/socket.io/?EIO=4&transport=websocket|/",
        "wss://host:8443/chat/?token=a%20b&EIO=2|3||wss://host:8443/socket.io/?token=a%20b&EIO=3&transport=websocket|/chat",
        "ws://host:3000/socket.io/?EIO=4&transport=websocket|4||ws://host:3000/socket.io/?EIO=4&transport=websocket|/",
        "http://host:3000/admin|4|/realtime|ws://host:3000/realtime?EIO=4&transport=websocket|/admin",
        "http://host:3000|4|live/|ws://host:3000/live/?EIO=4&transport=websocket|/",
    })
    void prepare_dialsTheEngineIoEndpoint_andTakesTheNamespaceFromThePath(String url, String eio, String path, String dialled,
                                                                         String namespace) {
        ProtocolSetup setup = ProtocolSetup.of(ProtocolKind.SOCKET_IO).with(ProtocolSetup.EIO, eio).with(ProtocolSetup.PATH, path);
        SocketIoAddress address = SocketIoAddress.of(url, setup.setting(ProtocolSetup.PATH).orElse(SocketIoAddress.DEFAULT_PATH),
                Integer.parseInt(eio));

        assertEquals(dialled, address.engineUrl());
        assertEquals(namespace, address.namespace());
        assertEquals(dialled, new SocketIoDriver(setup, timeline).prepare(ConnectRequest.of(url)).url());
    }

    @Test
    void engineIo4_connectsTheNamespaceWithAuth_isReadyAtConnect_andAnswersPings() throws Exception {
        SocketIoDriver driver = opened(setup().with(ProtocolSetup.AUTH, "{\"token\":\"abc\"}"), "http://h/admin");

        receive(driver, OPEN_4);
        assertEquals(List.of("40/admin,{\"token\":\"abc\"}"), sent);
        assertFalse(driver.ready().isDone());
        receive(driver, "40{\"sid\":\"other\"}"); // another namespace's
        assertFalse(driver.ready().isDone());
        receive(driver, "40/admin,{\"sid\":\"x\"}");
        driver.ready().get();
        receive(driver, "2");
        assertEquals(List.of("40/admin,{\"token\":\"abc\"}", "3"), sent);
    }

    @Test
    void connectError_isARefusalInTheServersWords() {
        SocketIoDriver driver = opened(setup(), "http://h/admin");
        receive(driver, OPEN_4);

        receive(driver, "44/admin,{\"message\":\"not authorized\"}");

        ExecutionException failed = assertThrows(ExecutionException.class, () -> driver.ready().get());
        assertTrue(failed.getCause() instanceof ProtocolRejected, String.valueOf(failed.getCause()));
        assertTrue(failed.getCause().getMessage().contains("namespace /admin: not authorized"), failed.getCause().getMessage());
        TimelineEvent.Error error = (TimelineEvent.Error) timeline.get(timeline.size() - 1).event();
        assertEquals(ProtocolRejected.CAUSE, error.cause());
    }

    @Test
    void engineIo3_waitsForTheServersOwnConnect_andPingsEveryInterval() throws Exception {
        SocketIoDriver driver = opened(setup().with(ProtocolSetup.EIO, "3"), "http://h/");

        receive(driver, "0{\"sid\":\"s\",\"upgrades\":[],\"pingInterval\":50,\"pingTimeout\":50}");
        assertEquals(List.of(), sent);
        receive(driver, "40");
        driver.ready().get();
        Waits.until("three pings", () -> List.copyOf(sent), frames -> frames.size() >= 3, Duration.ofSeconds(5));
        assertTrue(sent.stream().allMatch("2"::equals), sent.toString());
        receive(driver, "2"); // under Engine.IO 3 the server does not ping: nothing to answer
        driver.closed();
        int afterClose = sent.size();
        Thread.sleep(150);
        assertTrue(sent.size() <= afterClose + 1, "pings went on after the close: " + sent);
    }

    @Test
    void engineIo3_connectsAnotherNamespaceItself() {
        SocketIoDriver driver = opened(setup().with(ProtocolSetup.EIO, "3"), "http://h/admin?token=s");

        receive(driver, "0{\"sid\":\"s\",\"upgrades\":[],\"pingInterval\":60000,\"pingTimeout\":5000}");

        assertEquals(List.of("40/admin,"), sent);
        driver.closed();
    }

    @Test
    void emitAndAck_frameEventsInTheNamespace_acksNumberedFromZero() throws PayloadException {
        SocketIoDriver driver = new SocketIoDriver(setup(), timeline);
        driver.prepare(ConnectRequest.of("http://h/admin"));

        assertEquals("42/admin,[\"chat\",\"hi\",{\"n\":1}]", encode(driver, "emit", "[\"chat\", \"hi\", {\"n\": 1}]"));
        assertEquals("42/admin,0[\"greet\"]", encode(driver, "ack", "[\"greet\"]"));
        assertEquals("42/admin,1[\"greet\",2]", encode(driver, "ack", "[\"greet\",2]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "emit|chat|emit takes a JSON array, the event's name first: emit:[\"chat\", \"hi\", {\"room\": 1}]; got chat",
        "emit|[\"chat\"|not JSON",
        "emit|[]|emit takes a JSON array, the event's name first",
        "ack|{\"event\":\"chat\"}|ack takes a JSON array",
        "emit|[1,\"x\"]|its first element is not an event name: 1",
        "emit|[\"connect\"]|\"connect\" is an event name Socket.IO keeps for itself",
    })
    void aWrongArgument_saysWhatIsExpected(String verb, String argument, String words) {
        SocketIoDriver driver = new SocketIoDriver(setup(), timeline);

        PayloadException wrong = assertThrows(PayloadException.class, () -> driver.encode(new ProtocolMessage(verb, argument)));

        assertTrue(wrong.getMessage().contains(words), wrong.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "eio|2|--eio takes 4 (Socket.IO 3 and 4) or 3 (Socket.IO 2)",
        "auth|[1]|--auth takes a JSON object",
    })
    void aWrongSetting_isNamed(String key, String value, String words) {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> new SocketIoDriver(setup().with(key, value), timeline));

        assertTrue(wrong.getMessage().contains(words), wrong.getMessage());
    }

    @Test
    void authUnderEngineIo3_isRefusedWithWhereCredentialsGo() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> new SocketIoDriver(
                setup().with(ProtocolSetup.EIO, "3").with(ProtocolSetup.AUTH, "{\"token\":\"t\"}"), timeline));

        assertTrue(wrong.getMessage().contains("query"), wrong.getMessage());
    }

    private static ProtocolSetup setup() {
        return ProtocolSetup.of(ProtocolKind.SOCKET_IO);
    }

    private SocketIoDriver opened(ProtocolSetup setup, String url) {
        SocketIoDriver driver = new SocketIoDriver(setup, timeline);
        driver.prepare(ConnectRequest.of(url));
        driver.opened(message -> sent.add(message.text()));
        return driver;
    }

    private static void receive(SocketIoDriver driver, String frame) {
        driver.received(false, frame.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(SocketIoDriver driver, String verb, String argument) throws PayloadException {
        List<OutgoingMessage> frames = driver.encode(new ProtocolMessage(verb, argument));
        assertEquals(1, frames.size());
        return frames.get(0).text();
    }
}
