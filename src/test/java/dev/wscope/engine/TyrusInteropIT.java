package dev.wscope.engine;

import static dev.wscope.engine.TimelineWait.await;
import static dev.wscope.engine.TimelineWait.awaitCount;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn;
import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.ext.extension.deflate.PerMessageDeflateExtension;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.WebSocketEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interop with an independent server implementation: Tyrus's own server on Grizzly. Tyrus's standalone
 * {@code org.glassfish.tyrus.server.Server} binds 0.0.0.0 whatever host it is given, so the same pieces
 * (Grizzly HttpServer + Tyrus's WebSocketAddOn) are put together here on a 127.0.0.1 listener instead.
 */
class TyrusInteropIT {
    private LoopbackTyrusServer server;
    private ExecutorService executor;
    private WebSocketConnector connector;

    @ServerEndpoint(value = "/echo", subprotocols = {"v2.interop", "v1.interop"})
    public static class EchoEndpoint {
        @OnMessage(maxMessageSize = 16 * 1024 * 1024)
        public String text(String message) {
            return message;
        }

        @OnMessage(maxMessageSize = 16 * 1024 * 1024)
        public ByteBuffer binary(ByteBuffer message) {
            return message;
        }
    }

    @ServerEndpoint("/goodbye")
    public static class GoodbyeEndpoint {
        @OnMessage
        public void text(String message, Session session) throws IOException {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(4100), "goodbye " + message));
        }
    }

    /** Sends, on any text, one binary message in three fragments (its bytes count 0, 1, 2 ...). */
    @ServerEndpoint("/fragments")
    public static class FragmentsEndpoint {
        @OnMessage
        public void text(String message, Session session) throws IOException {
            byte[] whole = new byte[300_000];
            for (int i = 0; i < whole.length; i++) {
                whole[i] = (byte) i;
            }
            session.getBasicRemote().sendBinary(ByteBuffer.wrap(whole, 0, 100_000), false);
            session.getBasicRemote().sendBinary(ByteBuffer.wrap(whole, 100_000, 150_000), false);
            session.getBasicRemote().sendBinary(ByteBuffer.wrap(whole, 250_000, 50_000), true);
        }
    }

    @Test
    void aFragmentedBinaryMessage_isRecordedWholeAndExact() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = open(new ConnectRequest(server.url("/fragments"), List.of(), List.of(), List.of(),
                ConnectOptions.defaults()), timeline);
        connection.send(OutgoingMessage.text("go"));
        TimelineEvent.Message received = await(timeline, TimelineEvent.Message.class, m -> m.direction() == Direction.IN);
        byte[] expected = new byte[300_000];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) i;
        }
        assertTrue(received.binary());
        assertArrayEquals(expected, received.payload(), "the three fragments, joined, and nothing more");
        connection.close(1000, "");
    }

    /** Sends a pong of its own as soon as the connection opens, as servers that beat their heart one way do. */
    @ServerEndpoint("/heartbeat")
    public static class HeartbeatEndpoint {
        @jakarta.websocket.OnOpen
        public void open(Session session) throws IOException {
            session.getBasicRemote().sendPong(ByteBuffer.wrap("beat".getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Sends, on any text, one text message in two fragments. */
    @ServerEndpoint("/split-text")
    public static class SplitTextEndpoint {
        @OnMessage
        public void text(String message, Session session) throws IOException {
            session.getBasicRemote().sendText("caf", false);
            session.getBasicRemote().sendText("é au lait", true);
        }
    }

    @Test
    void anUnsolicitedPong_isRecordedThoughNoPingWasSent() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = open(ConnectRequest.of(server.url("/heartbeat")), timeline);
        TimelineEvent.Control pong = await(timeline, TimelineEvent.Control.class, c -> !c.ping());
        assertEquals(Direction.IN, pong.direction());
        assertEquals("beat", new String(pong.payload(), StandardCharsets.UTF_8));
        connection.close(1000, "");
    }

    @Test
    void aFragmentedTextMessage_isRecordedWhole() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = open(ConnectRequest.of(server.url("/split-text")), timeline);
        connection.send(OutgoingMessage.text("go"));
        TimelineEvent.Message received = await(timeline, TimelineEvent.Message.class, m -> m.direction() == Direction.IN);
        assertEquals("café au lait", received.text());
        connection.close(1000, "");
    }

    @Test
    void aFragmentedMessagePastTheLimit_isDroppedAndTheConnectionClosedWith1009() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = open(new ConnectRequest(server.url("/fragments"), List.of(), List.of(), List.of(),
                new ConnectOptions(ConnectOptions.DEFAULT_HANDSHAKE_TIMEOUT_MILLIS, 200_000)), timeline);
        connection.send(OutgoingMessage.text("go"));
        TimelineEvent.Closed closed = await(timeline, TimelineEvent.Closed.class);
        assertEquals(1009, closed.code());
        assertEquals(ClosedBy.CLIENT, closed.by());
        TimelineEvent.Error error = await(timeline, TimelineEvent.Error.class);
        assertTrue(error.message().startsWith("A message of more than 244.1 KiB arrived in fragments, over the limit of"
                + " 195.3 KiB"), error.message());
        assertEquals(List.of(), timeline.all().stream().map(e -> e.event())
                .filter(e -> e instanceof TimelineEvent.Message m && m.direction() == Direction.IN).toList());
    }

    /** Echoes text; its config offers permessage-deflate, as a compressing production server would. */
    public static class DeflateEchoEndpoint extends jakarta.websocket.Endpoint {
        @Override
        public void onOpen(Session session, jakarta.websocket.EndpointConfig config) {
            session.addMessageHandler(String.class, text -> session.getAsyncRemote().sendText(text));
        }
    }

    @Test
    void permessageDeflate_isNegotiatedWhenAsked_andMessagesStillRoundTrip() throws Exception {
        SessionTimeline plain = new SessionTimeline();
        LiveConnection uncompressed = connector.connect(new ConnectRequest(server.url("/deflate"), List.of(), List.of(),
                List.of(), ConnectOptions.defaults()), plain).get(10, TimeUnit.SECONDS);
        TimelineEvent.Opened openedPlain = await(plain, TimelineEvent.Opened.class);
        assertTrue(openedPlain.extensions().isEmpty(), "off by default");
        uncompressed.close(1000, "");

        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = connector.connect(new ConnectRequest(server.url("/deflate"), List.of(), List.of(),
                List.of(), ConnectOptions.defaults().withDeflate(true)), timeline).get(10, TimeUnit.SECONDS);
        TimelineEvent.Opened opened = await(timeline, TimelineEvent.Opened.class);
        assertEquals(List.of("permessage-deflate"), opened.extensions());
        String text = "compressible ".repeat(2000);
        connection.send(OutgoingMessage.text(text));
        connection.send(OutgoingMessage.text(text)); // compressed against the first: the inflater keeps its window
        List<TimelineEvent.Message> echoes = TimelineWait.awaitCount(timeline, TimelineEvent.Message.class,
                m -> m.direction() == Direction.IN, 2, TimelineWait.DEFAULT);
        assertEquals(text, echoes.get(0).text());
        assertEquals(text, echoes.get(1).text());
        connection.close(1000, "");
    }

    @BeforeEach
    void start() throws Exception {
        server = LoopbackTyrusServer.start(EchoEndpoint.class, GoodbyeEndpoint.class, FragmentsEndpoint.class,
                HeartbeatEndpoint.class, SplitTextEndpoint.class,
                ServerEndpointConfig.Builder.create(DeflateEchoEndpoint.class, "/deflate")
                        .extensions(List.of(new PerMessageDeflateExtension())).build());
        executor = Executors.newCachedThreadPool();
        connector = new WebSocketConnector(executor);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        server.close();
    }

    private LiveConnection open(ConnectRequest request, SessionTimeline timeline) throws Exception {
        return connector.connect(request, timeline).get(20, TimeUnit.SECONDS);
    }

    @Test
    void tyrusServer_bindsOnlyLoopbackOnAnEphemeralPort() throws Exception {
        assertTrue(server.port() > 0);
        assertEquals("127.0.0.1", server.boundHost());
        assertTrue(LoopbackOnly.refusesOn127002(server.port()), "bound more than 127.0.0.1");
    }

    @Test
    void textAndBinary_roundTripThroughAnIndependentServer() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = open(ConnectRequest.of(server.url("/echo")), timeline);
        String text = "interop ✓ ünïcödé 🚀";
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }

        connection.send(OutgoingMessage.text(text));
        connection.send(new OutgoingMessage(true, bytes));
        connection.send(OutgoingMessage.text(""));

        List<TimelineEvent.Message> echoed = awaitCount(timeline, TimelineEvent.Message.class,
                m -> m.direction() == Direction.IN, 3, TimelineWait.DEFAULT);
        assertFalse(echoed.get(0).binary());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), echoed.get(0).payload());
        assertTrue(echoed.get(1).binary());
        assertArrayEquals(bytes, echoed.get(1).payload());
        assertEquals("", echoed.get(2).text());

        connection.close(1000, "bye");
        TimelineEvent.Closed closed = connection.closed().get(10, TimeUnit.SECONDS);
        assertEquals(1000, closed.code());
        assertEquals(ClosedBy.CLIENT, closed.by());
    }

    @Test
    void largeBinary_roundTripsThroughAnIndependentServer() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = open(ConnectRequest.of(server.url("/echo")), timeline);
        byte[] bytes = new byte[8 * 1024 * 1024];
        new java.util.Random(7).nextBytes(bytes);

        connection.send(new OutgoingMessage(true, bytes));

        TimelineEvent.Message echoed = await(timeline, TimelineEvent.Message.class,
                m -> m.direction() == Direction.IN, java.time.Duration.ofSeconds(60));
        assertTrue(java.util.Arrays.equals(bytes, echoed.payload()), "8 MiB came back changed");
    }

    @Test
    void subprotocol_isNegotiatedByTheIndependentServer() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        ConnectRequest request = new ConnectRequest(server.url("/echo"), List.of(), List.of(),
                List.of("v0.unknown", "v1.interop", "v2.interop"), ConnectOptions.defaults());
        open(request, timeline);

        // Tyrus's server picks, in the client's order, the first protocol it supports.
        assertEquals("v1.interop", await(timeline, TimelineEvent.Opened.class).subprotocol());
        TimelineEvent.HandshakeResponse response = await(timeline, TimelineEvent.HandshakeResponse.class);
        assertEquals(101, response.status());
        assertEquals(List.of("v1.interop"), HandshakeIT.values(response.headers(), "Sec-WebSocket-Protocol"));
    }

    @Test
    void serverClose_fromAnIndependentServer_isClosedByServerWithItsCodeAndReason() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = open(ConnectRequest.of(server.url("/goodbye")), timeline);

        connection.send(OutgoingMessage.text("now"));

        TimelineEvent.Closed closed = connection.closed().get(10, TimeUnit.SECONDS);
        assertEquals(4100, closed.code());
        assertEquals("goodbye now", closed.reason());
        assertEquals(ClosedBy.SERVER, closed.by());
    }

    /** Tyrus's server engine on a Grizzly listener bound to 127.0.0.1 only, port chosen by the system. */
    static final class LoopbackTyrusServer implements AutoCloseable {
        private final HttpServer http;
        private final NetworkListener listener;
        private final TyrusServerContainer container;

        private LoopbackTyrusServer(HttpServer http, NetworkListener listener, TyrusServerContainer container) {
            this.http = http;
            this.listener = listener;
            this.container = container;
        }

        /** Endpoints are annotated classes or ServerEndpointConfigs (for programmatic ones, e.g. with extensions). */
        static LoopbackTyrusServer start(Object... endpoints) throws IOException, DeploymentException {
            TyrusServerContainer container = new TyrusServerContainer((Set<Class<?>>) null) {
                private final TyrusWebSocketEngine engine = TyrusWebSocketEngine.builder(this)
                        .incomingBufferSize(32 * 1024 * 1024).build(); // its default of 4 MiB is too small for the 8 MiB test

                @Override
                public void register(Class<?> endpointClass) throws DeploymentException {
                    engine.register(endpointClass, "");
                }

                @Override
                public void register(ServerEndpointConfig config) throws DeploymentException {
                    engine.register(config, "");
                }

                @Override
                public Map<String, Object> getProperties() {
                    return Map.of();
                }

                @Override
                public WebSocketEngine getWebSocketEngine() {
                    return engine;
                }
            };
            for (Object endpoint : endpoints) {
                if (endpoint instanceof ServerEndpointConfig config) {
                    container.addEndpoint(config);
                } else {
                    container.addEndpoint((Class<?>) endpoint);
                }
            }
            HttpServer http = new HttpServer();
            NetworkListener listener = new NetworkListener("interop", "127.0.0.1", 0);
            http.addListener(listener);
            // As GrizzlyServerContainer does: a blocking send from an endpoint must not run on the selector thread.
            listener.getTransport().setIOStrategy(WorkerThreadIOStrategy.getInstance());
            listener.getKeepAlive().setIdleTimeoutInSeconds(-1);
            listener.registerAddOn(new WebSocketAddOn(container, ""));
            http.start();
            try {
                container.start("", listener.getPort());
            } catch (IOException | DeploymentException | RuntimeException e) {
                http.shutdownNow();
                throw e;
            }
            return new LoopbackTyrusServer(http, listener, container);
        }

        int port() {
            return listener.getPort();
        }

        String boundHost() {
            return listener.getHost();
        }

        String url(String path) {
            return "ws://127.0.0.1:" + port() + path;
        }

        @Override
        public void close() {
            container.stop();
            http.shutdownNow();
        }
    }
}
