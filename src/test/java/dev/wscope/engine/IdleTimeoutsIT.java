package dev.wscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.server.TestServer;
import dev.wscope.testing.Apache;
import dev.wscope.testing.HaProxy;
import dev.wscope.testing.Nginx;
import dev.wscope.testing.ReverseProxy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real proxies with a 2 s idle timeout in front of the test server: a connection left quiet drops with no close
 * frame (1006), and the timeline explains it with the seconds measured and the setting of the proxy seen.
 */
class IdleTimeoutsIT {
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private interface Start {
        ReverseProxy in(int backendPort) throws Exception;
    }

    /** Connects through the proxy, stays quiet until it cuts the connection, and gives the explanation recorded. */
    private String quietUntilDropped(Start proxy) throws Exception {
        try (TestServer backend = TestServer.start("127.0.0.1", 0);
             ReverseProxy front = proxy.in(backend.port())) {
            SessionTimeline timeline = new SessionTimeline();
            LiveConnection connection = new WebSocketConnector(executor)
                    .connect(ConnectRequest.of(front.url("/echo")), timeline).get(10, TimeUnit.SECONDS);
            TimelineEvent.Closed closed = connection.closed().get(10, TimeUnit.SECONDS);
            assertEquals(1006, closed.code(), front.output());
            assertEquals(ClosedBy.NETWORK, closed.by());
            return timeline.all().stream().map(entry -> entry.event())
                    .filter(event -> event instanceof TimelineEvent.Error)
                    .map(event -> ((TimelineEvent.Error) event).message())
                    .filter(message -> message.contains("without traffic")).findFirst()
                    .orElseThrow(() -> new AssertionError("no explanation on the timeline: " + timeline.all()));
        }
    }

    private static void assertMeasuredAboutTwoSeconds(String explanation) {
        assertTrue(explanation.matches("The connection dropped after (1\\.[5-9]|2\\.[0-4]) s without traffic, with no close frame:"
                + " your proxy's idle timeout is about 2 s\\..*"), explanation);
        assertTrue(explanation.contains("more often than every 2 s"), explanation);
    }

    @Test
    void nginx_namesProxyReadTimeout() throws Exception {
        String explanation = quietUntilDropped(port -> Nginx.proxyTo(port, true, 2));
        assertMeasuredAboutTwoSeconds(explanation);
        assertTrue(explanation.contains("came through nginx/"), explanation);
        assertTrue(explanation.contains("proxy_read_timeout"), explanation);
        assertTrue(!explanation.contains("HAProxy") && !explanation.contains("ProxyTimeout"),
                "only the setting of the proxy seen: " + explanation);
    }

    /** HAProxy's and Apache's 101 carry no Server header: the usual settings are named, theirs among them. */
    @Test
    void haproxy_hidesItself_soTheUsualSettingsAreNamed_timeoutTunnelAmongThem() throws Exception {
        String explanation = quietUntilDropped(port -> HaProxy.proxyTo(port, true, 2));
        assertMeasuredAboutTwoSeconds(explanation);
        assertTrue(explanation.contains("The handshake's answer does not name the proxy"), explanation);
        assertTrue(explanation.contains("HAProxy closes a WebSocket quiet for timeout tunnel"), explanation);
    }

    @Test
    void apache_hidesItself_soTheUsualSettingsAreNamed_timeoutAndProxyTimeoutAmongThem() throws Exception {
        String explanation = quietUntilDropped(port -> Apache.proxyTo(port, true, 2));
        assertMeasuredAboutTwoSeconds(explanation);
        assertTrue(explanation.contains("The handshake's answer does not name the proxy"), explanation);
        assertTrue(explanation.contains("the larger of Timeout and ProxyTimeout"), explanation);
    }
}
