package dev.wscope.engine;

import static dev.wscope.engine.HandshakeIT.values;
import static dev.wscope.engine.TimelineWait.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Connections that cannot open fail with words a user can act on, and the timeline shows why. */
class FailedHandshakeIT {
    @RegisterExtension
    final EngineFixture fixture = EngineFixture.perTest();

    @Test
    void status401_failsNamingTheStatus_andTheTimelineKeepsTheResponseWithWwwAuthenticate() throws Exception {
        SessionTimeline timeline = new SessionTimeline();

        Throwable failure = fixture.failure(ConnectRequest.of(fixture.server.url("/status/401")), timeline, 20);

        assertInstanceOf(ConnectFailure.class, failure);
        assertTrue(failure.getMessage().contains("401"), failure.getMessage());
        TimelineEvent.HandshakeResponse response = recordedResponse(timeline);
        assertEquals(401, response.status());
        assertEquals(List.of("Bearer realm=\"wscope\""), values(response.headers(), "WWW-Authenticate"));
        assertEquals(List.of("wscope-serve"), values(response.headers(), "Server"));
        assertFailedWithoutOpening(timeline, failure);
    }

    @Test
    void status404_failsNamingTheStatus_andTheTimelineKeepsTheResponse() throws Exception {
        SessionTimeline timeline = new SessionTimeline();

        Throwable failure = fixture.failure(ConnectRequest.of(fixture.server.url("/status/404")), timeline, 20);

        assertInstanceOf(ConnectFailure.class, failure);
        assertTrue(failure.getMessage().contains("404"), failure.getMessage());
        TimelineEvent.HandshakeResponse response = recordedResponse(timeline);
        assertEquals(404, response.status());
        assertEquals(List.of("application/json; charset=utf-8"), values(response.headers(), "Content-Type"));
        assertFailedWithoutOpening(timeline, failure);
    }

    @Test
    void unknownPath_failsWith404() throws Exception {
        SessionTimeline timeline = new SessionTimeline();

        Throwable failure = fixture.failure(ConnectRequest.of(fixture.server.url("/no-such-path")), timeline, 20);

        assertTrue(failure.getMessage().contains("404"), failure.getMessage());
        assertEquals(404, recordedResponse(timeline).status());
        assertFailedWithoutOpening(timeline, failure);
    }

    @Test
    void refusedPort_failsSayingRefused() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        SessionTimeline timeline = new SessionTimeline();

        Throwable failure = fixture.failure(ConnectRequest.of("ws://127.0.0.1:" + closedPort + "/echo"), timeline, 20);

        assertInstanceOf(ConnectFailure.class, failure);
        assertTrue(failure.getMessage().toLowerCase(Locale.ROOT).contains("refused"), failure.getMessage());
        assertEquals(List.of(), events(timeline, TimelineEvent.HandshakeResponse.class));
        assertFailedWithoutOpening(timeline, failure);
    }

    @Test
    void serverThatAcceptsButNeverAnswers_failsWithATimeoutWithinBoundedTime() throws Exception {
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket()) {
            silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // read nothing, answer nothing
                    }
                } catch (Exception closed) {
                    // the test closed the listener
                }
            }, "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();
            ConnectRequest request = new ConnectRequest("ws://127.0.0.1:" + silent.getLocalPort() + "/echo",
                    List.of(), List.of(), List.of(), new ConnectOptions(1000, ConnectOptions.DEFAULT_MAX_MESSAGE_BYTES));
            SessionTimeline timeline = new SessionTimeline();
            long started = System.nanoTime();

            Throwable failure = fixture.failure(request, timeline, 15);

            long millis = (System.nanoTime() - started) / 1_000_000;
            assertInstanceOf(ConnectFailure.class, failure);
            assertTrue(failure.getMessage().toLowerCase(Locale.ROOT).contains("timeout"), failure.getMessage());
            assertTrue(millis >= 900, "gave up after " + millis + " ms, before the 1 s timeout");
            assertTrue(millis < 10_000, "took " + millis + " ms for a 1 s handshake timeout");
            assertEquals(1, accepted.size(), "the TCP connection was made");
            assertEquals(List.of(), events(timeline, TimelineEvent.HandshakeResponse.class));
            assertFailedWithoutOpening(timeline, failure);
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    /** No waiting: by the time the connect future fails, the response must already be on the timeline. */
    private static TimelineEvent.HandshakeResponse recordedResponse(SessionTimeline timeline) {
        List<TimelineEvent.HandshakeResponse> responses = events(timeline, TimelineEvent.HandshakeResponse.class);
        assertEquals(1, responses.size(), TimelineWait.describe(timeline));
        return responses.get(0);
    }

    private static void assertFailedWithoutOpening(SessionTimeline timeline, Throwable failure) {
        assertEquals(List.of(), events(timeline, TimelineEvent.Opened.class));
        assertEquals(List.of(), events(timeline, TimelineEvent.Closed.class));
        List<TimelineEvent.Error> errors = events(timeline, TimelineEvent.Error.class);
        assertEquals(1, errors.size(), "one error event: " + errors);
        assertEquals(failure.getMessage(), errors.get(0).message());
        assertEquals("connecting", timeline.get(0).event().kind());
        assertEquals("error", timeline.get(timeline.size() - 1).event().kind(), TimelineWait.describe(timeline));
    }
}
