package dev.wscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.ProxyOptions;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.engine.doctor.Doctor;
import dev.wscope.server.TestServer;
import dev.wscope.testing.ConnectProxy;
import dev.wscope.testing.ScriptedHttpServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connection options of a request, each proven over real sockets on 127.0.0.1. */
class ConnectOptionsIT {
    private static final String CREDENTIALS = "Basic " + java.util.Base64.getEncoder().encodeToString("ann:s3cret".getBytes());

    private ExecutorService executor;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        executor = Executors.newCachedThreadPool();
        server = TestServer.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        executor.shutdownNow();
    }

    private LiveConnection connect(String url, ConnectOptions options, SessionTimeline timeline) throws Exception {
        return new WebSocketConnector(executor).connect(new ConnectRequest(url, List.of(), List.of(), List.of(), options),
                timeline).get(10, TimeUnit.SECONDS);
    }

    private static void await(SessionTimeline timeline, Predicate<TimelineEvent> wanted) {
        TimelineWait.await(timeline, TimelineEvent.class, wanted, Duration.ofSeconds(10));
    }

    @Test
    void throughAnAuthenticatedConnectProxy_theConnectionWorks() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(CREDENTIALS)) {
            ProxyOptions options = ProxyOptions.parse("http://ann:s3cret@127.0.0.1:" + proxy.port()).orElseThrow();
            SessionTimeline timeline = new SessionTimeline();
            LiveConnection connection = connect(server.url("/echo"), ConnectOptions.defaults().withProxy(options), timeline);
            connection.send(OutgoingMessage.text("via proxy"));
            await(timeline, event -> event instanceof TimelineEvent.Message m && m.kind().equals("received"));
            assertEquals(1, proxy.tunnels());
            connection.close(1000, "");
        }
    }

    @Test
    void aProxyRefusingTheCredentials_failsTheConnection_andTheDoctorSaysWhy() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(CREDENTIALS)) {
            ConnectOptions wrong = ConnectOptions.defaults()
                    .withProxy(ProxyOptions.parse("http://ann:wrong@127.0.0.1:" + proxy.port()).orElseThrow());
            assertThrows(ExecutionException.class, () -> connect(server.url("/echo"), wrong, new SessionTimeline()));
            DoctorReport report = new Doctor(Audience.COMMAND_LINE).examine(new ConnectRequest(server.url("/echo"),
                    List.of(), List.of(), List.of(), wrong));
            assertEquals("unauthorized", report.diagnosis().cause().code());
            assertTrue(report.diagnosis().summary().contains("407"));
            ConnectOptions right = wrong.withProxy(ProxyOptions.parse("http://ann:s3cret@127.0.0.1:" + proxy.port()).orElseThrow());
            assertTrue(new Doctor(Audience.COMMAND_LINE).examine(new ConnectRequest(server.url("/echo"), List.of(),
                    List.of(), List.of(), right)).ok());
        }
    }

    @Test
    void aProxyThatIsNotAnHttpProxy_isNamedAsSuch_notAsATcpFailure() throws Exception {
        try (ScriptedHttpServer notAProxy = new ScriptedHttpServer(head -> "SSH-2.0-OpenSSH_9.2\r\n\r\n")) {
            DoctorReport report = new Doctor(Audience.COMMAND_LINE).examine(new ConnectRequest(server.url("/echo"),
                    List.of(), List.of(), List.of(), ConnectOptions.defaults()
                    .withProxy(ProxyOptions.parse("127.0.0.1:" + notAProxy.port()).orElseThrow())));
            assertEquals("connection-refused", report.diagnosis().cause().code());
            assertTrue(report.diagnosis().summary().contains("accepted the connection but gave no usable answer to CONNECT"),
                    report.diagnosis().summary());
            assertTrue(report.diagnosis().fix().contains("allows CONNECT"));
        }
    }

    @Test
    void originOption_isSentAsTheOriginHeader() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = connect(server.url("/mirror"),
                ConnectOptions.defaults().withOrigin("https://app.example"), timeline);
        await(timeline, event -> event instanceof TimelineEvent.Message m && m.text().contains("requestLine"));
        String mirrored = timeline.all().stream().map(e -> e.event())
                .filter(e -> e instanceof TimelineEvent.Message).map(e -> ((TimelineEvent.Message) e).text())
                .findFirst().orElseThrow();
        assertTrue(mirrored.contains("[\"Origin\",\"https://app.example\"]"), mirrored);
        connection.close(1000, "");
    }

    @Test
    void keepAlivePings_goOutOnTheirOwn_andPongsComeBack() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = connect(server.url("/echo"), ConnectOptions.defaults().withPingInterval(1), timeline);
        await(timeline, event -> event.kind().equals("pong"));
        assertTrue(timeline.all().stream().anyMatch(e -> e.event().kind().equals("ping")));
        connection.close(1000, "");
    }

    @Test
    void followRedirects_reachesTheEndpointTheServerPointsTo() throws Exception {
        try (ScriptedHttpServer moved = new ScriptedHttpServer(head -> "HTTP/1.1 301 Moved Permanently\r\nLocation: "
                + server.url("/echo") + "\r\nContent-Length: 0\r\n\r\n")) {
            assertThrows(ExecutionException.class,
                    () -> connect(moved.url("/old"), ConnectOptions.defaults(), new SessionTimeline()));
            SessionTimeline timeline = new SessionTimeline();
            LiveConnection connection = connect(moved.url("/old"), ConnectOptions.defaults().withFollowRedirects(true),
                    timeline);
            connection.send(OutgoingMessage.text("moved"));
            await(timeline, event -> event instanceof TimelineEvent.Message m && m.kind().equals("received"));
            connection.close(1000, "");
        }
    }
}
