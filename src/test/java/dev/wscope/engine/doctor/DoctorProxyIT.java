package dev.wscope.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.server.TestServer;
import dev.wscope.testing.Nginx;
import org.junit.jupiter.api.Test;

/** The classic production failure: nginx in front of the app does not forward the upgrade. */
class DoctorProxyIT {
    private final Doctor doctor = new Doctor(Audience.COMMAND_LINE);

    @Test
    void nginxWithUpgradeLines_connects() throws Exception {
        try (TestServer backend = TestServer.start("127.0.0.1", 0);
             Nginx nginx = Nginx.proxyTo(backend.port(), true)) {
            DoctorReport report = doctor.examine(ConnectRequest.of(nginx.url("/echo")));
            assertTrue(report.ok(), () -> String.valueOf(report.diagnosis()));
            assertNull(report.diagnosis());
            assertEquals(101, report.response().status());
            assertEquals("ok", report.steps().get(4).status().wire());
            assertTrue(report.summary().contains("keep-alive pings"), "a healthy proxied address still gets the idle"
                    + " warning: " + report.summary());
        }
    }

    @Test
    void nginxWithoutUpgradeLines_isNamedAsTheCause_withTheNginxFix() throws Exception {
        try (TestServer backend = TestServer.start("127.0.0.1", 0);
             Nginx nginx = Nginx.proxyTo(backend.port(), false)) {
            DoctorReport report = doctor.examine(ConnectRequest.of(nginx.url("/echo")));
            assertEquals("proxy-dropped-upgrade", report.diagnosis().cause().code());
            assertTrue(report.diagnosis().summary().contains("nginx"), report.diagnosis().summary());
            assertTrue(report.diagnosis().summary().contains("GET /echo HTTP/1.0"),
                    "the backend's own account of what arrived: " + report.diagnosis().summary());
            assertTrue(report.diagnosis().fix().contains("proxy_http_version 1.1;"));
            assertTrue(report.diagnosis().fix().contains("proxy_set_header Upgrade $http_upgrade;"));
            assertTrue(report.diagnosis().fix().contains("proxy_set_header Connection \"upgrade\";"));
            assertEquals(426, report.response().status());
            assertTrue(report.response().header("Server").startsWith("nginx"));
        }
    }

    @Test
    void nginxWithStoppedBackend_givesServerErrorNamingTheProxy() throws Exception {
        TestServer backend = TestServer.start("127.0.0.1", 0);
        int backendPort = backend.port();
        backend.close();
        try (Nginx nginx = Nginx.proxyTo(backendPort, true)) {
            DoctorReport report = doctor.examine(ConnectRequest.of(nginx.url("/echo")));
            assertEquals("server-error", report.diagnosis().cause().code());
            assertEquals(502, report.response().status());
            assertTrue(report.diagnosis().summary().contains("reverse proxy (nginx"), report.diagnosis().summary());
            assertTrue(report.diagnosis().summary().contains("backend"), report.diagnosis().summary());
        }
    }

    @Test
    void nginxCuttingIdleConnections_isExplainedOnTheTimeline_andKeepAlivePingsPreventIt() throws Exception {
        var executor = java.util.concurrent.Executors.newCachedThreadPool();
        try (TestServer backend = TestServer.start("127.0.0.1", 0);
             Nginx nginx = Nginx.proxyTo(backend.port(), true, 2)) {
            var connector = new dev.wscope.engine.WebSocketConnector(executor);
            var timeline = new dev.wscope.core.timeline.SessionTimeline();
            var connection = connector.connect(ConnectRequest.of(nginx.url("/echo")), timeline)
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            var closed = connection.closed().get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(1006, closed.code());
            String explanation = timeline.all().stream().map(e -> e.event())
                    .filter(e -> e instanceof dev.wscope.core.timeline.TimelineEvent.Error)
                    .map(e -> ((dev.wscope.core.timeline.TimelineEvent.Error) e).message())
                    .filter(m -> m.contains("without traffic")).findFirst().orElseThrow();
            assertTrue(explanation.contains("nginx/"), explanation);
            assertTrue(explanation.contains("keep-alive pings"), explanation);

            var pinged = new dev.wscope.core.timeline.SessionTimeline();
            var kept = connector.connect(new ConnectRequest(nginx.url("/echo"), java.util.List.of(), java.util.List.of(),
                    java.util.List.of(), dev.wscope.core.request.ConnectOptions.defaults().withPingInterval(1)), pinged)
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            long quietUntil = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(4500);
            while (System.nanoTime() < quietUntil) {
                assertTrue(kept.isOpen(), "pings every second keep a 2 s idle timeout from cutting the connection");
                Thread.sleep(100);
            }
            kept.close(1000, "");
        } finally {
            executor.shutdownNow();
        }
    }
}
