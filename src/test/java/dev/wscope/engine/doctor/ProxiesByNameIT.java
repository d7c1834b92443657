package dev.wscope.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.DoctorStep;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.server.TestServer;
import dev.wscope.testing.Apache;
import dev.wscope.testing.Caddy;
import dev.wscope.testing.HaProxy;
import dev.wscope.testing.LocalServer;
import dev.wscope.testing.ReverseProxy;
import dev.wscope.testing.ScriptPeer;
import org.junit.jupiter.api.Test;

/**
 * The doctor against real Apache httpd, HAProxy and Caddy in front of the test server: forwarding the upgrade,
 * dropping it, and with the backend down. Each cause names the proxy with its evidence in the upgrade step, and
 * the fix leads with that proxy's configuration.
 */
class ProxiesByNameIT {
    private final Doctor doctor = new Doctor(Audience.COMMAND_LINE);

    private interface Start {
        ReverseProxy in(int backendPort, boolean forwardUpgrade) throws Exception;
    }

    private DoctorReport throughProxy(Start proxy, boolean forwardUpgrade) throws Exception {
        try (TestServer backend = TestServer.start("127.0.0.1", 0);
             ReverseProxy front = proxy.in(backend.port(), forwardUpgrade)) {
            return doctor.examine(ConnectRequest.of(front.url("/echo")));
        }
    }

    private DoctorReport withBackendDown(Start proxy) throws Exception {
        try (ReverseProxy front = proxy.in(LocalServer.freePort(), true)) {
            return doctor.examine(ConnectRequest.of(front.url("/echo")));
        }
    }

    private static DoctorStep upgradeStep(DoctorReport report) {
        return report.steps().stream().filter(step -> step.step().equals("upgrade")).findFirst().orElseThrow();
    }

    private static void assertFixLedBy(String first, DoctorReport report) {
        String fix = report.diagnosis().fix();
        assertTrue(fix.startsWith(first), fix);
        assertTrue(fix.indexOf("Other proxies:") > 0, fix);
    }

    @Test
    void apacheWithoutUpgradeWebsocket_isNamedFromWhatTheBackendReceived_andGetsTheProxyPassFix() throws Exception {
        DoctorReport report = throughProxy(Apache::proxyTo, false);
        assertEquals("proxy-dropped-upgrade", report.diagnosis().cause().code(), report.diagnosis().summary());
        assertEquals(426, report.response().status());
        assertTrue(report.diagnosis().summary().contains("a reverse proxy (Apache httpd, recognised by the"
                + " X-Forwarded-Server header"), report.diagnosis().summary());
        assertTrue(upgradeStep(report).detail().contains("through Apache httpd"), upgradeStep(report).detail());
        assertFixLedBy("Apache httpd 2.4.47+", report);
        assertTrue(report.diagnosis().fix().contains("upgrade=websocket"), report.diagnosis().fix());
    }

    /** The usual production case: a Node app sends no Server header, so Apache's own names the proxy. */
    @Test
    void apacheWithoutUpgradeWebsocket_inFrontOfANodeApp_isNamedByItsServerHeader() throws Exception {
        try (ScriptPeer app = ScriptPeer.node("ws-app.js");
             Apache apache = Apache.proxyTo(app.port(), false)) {
            DoctorReport report = doctor.examine(ConnectRequest.of(apache.url("/live")));
            assertEquals("proxy-dropped-upgrade", report.diagnosis().cause().code(), report.diagnosis().summary());
            assertEquals(426, report.response().status());
            assertTrue(report.response().header("Server").startsWith("Apache/2.4"), apache.output());
            assertTrue(report.diagnosis().summary().contains("a reverse proxy (Apache/2.4"), report.diagnosis().summary());
            assertFixLedBy("Apache httpd 2.4.47+", report);
        }
    }

    @Test
    void apacheWithUpgradeWebsocket_connects() throws Exception {
        DoctorReport report = throughProxy(Apache::proxyTo, true);
        assertTrue(report.ok(), () -> String.valueOf(report.diagnosis()));
        assertFalse(report.summary().contains("nginx"), "Apache hides itself on a 101; no nginx advice: "
                + report.summary());
    }

    @Test
    void apacheWithBackendDown_isItsBackend() throws Exception {
        DoctorReport report = withBackendDown(Apache::proxyTo);
        assertEquals("server-error", report.diagnosis().cause().code());
        assertEquals(503, report.response().status());
        assertTrue(report.diagnosis().summary().contains("reverse proxy (Apache/2.4"), report.diagnosis().summary());
        assertFixLedBy("Apache httpd: check the ProxyPass address", report);
    }

    @Test
    void haproxyForcingConnectionClose_isRecognisedByItsLowerCaseHeaders_andGetsHaproxysFix() throws Exception {
        DoctorReport report = throughProxy(HaProxy::proxyTo, false);
        assertEquals("proxy-dropped-upgrade", report.diagnosis().cause().code(), report.diagnosis().summary());
        assertTrue(report.diagnosis().summary().contains("what looks like HAProxy"), report.diagnosis().summary());
        assertTrue(upgradeStep(report).detail().contains("through what looks like HAProxy"), upgradeStep(report).detail());
        assertFixLedBy("HAProxy: use 'mode http'", report);
    }

    @Test
    void haproxyForwarding_connects_andTheHealthySummaryNamesItsTunnelTimeout() throws Exception {
        DoctorReport report = throughProxy(HaProxy::proxyTo, true);
        assertTrue(report.ok(), () -> String.valueOf(report.diagnosis()));
        assertTrue(report.summary().contains("timeout tunnel"), report.summary());
        assertFalse(report.summary().contains("nginx"), report.summary());
    }

    @Test
    void haproxysNoServerPage_isItsBackendDown_notAServerError() throws Exception {
        DoctorReport report = withBackendDown(HaProxy::proxyTo);
        assertEquals("server-error", report.diagnosis().cause().code());
        assertEquals(503, report.response().status());
        assertTrue(report.diagnosis().summary().contains("reverse proxy (HAProxy, recognised by its own 503 page:"
                + " \"No server is available to handle this request\")"), report.diagnosis().summary());
        assertTrue(report.diagnosis().summary().contains("backend behind it is down"), report.diagnosis().summary());
        assertTrue(upgradeStep(report).detail().contains("No server is available"), upgradeStep(report).detail());
        assertFixLedBy("HAProxy: no server of the backend is up", report);
    }

    @Test
    void caddyDeletingUpgrade_getsCaddysFix() throws Exception {
        DoctorReport report = throughProxy(Caddy::proxyTo, false);
        assertEquals("proxy-dropped-upgrade", report.diagnosis().cause().code(), report.diagnosis().summary());
        assertTrue(report.diagnosis().summary().contains("a reverse proxy (Caddy)"), report.diagnosis().summary());
        assertTrue(upgradeStep(report).detail().contains("through Caddy"), upgradeStep(report).detail());
        assertFixLedBy("Caddy: reverse_proxy forwards upgrades by itself", report);
    }

    @Test
    void caddyForwarding_connects_andTheHealthySummarySaysCaddyKeepsQuietConnections() throws Exception {
        DoctorReport report = throughProxy(Caddy::proxyTo, true);
        assertTrue(report.ok(), () -> String.valueOf(report.diagnosis()));
        assertTrue(report.summary().contains("It goes through Caddy: Caddy keeps quiet WebSocket connections open"),
                report.summary());
        assertFalse(report.summary().contains("nginx"), "the warning is about the proxy seen: " + report.summary());
    }

    @Test
    void caddyWithBackendDown_isItsBackend() throws Exception {
        DoctorReport report = withBackendDown(Caddy::proxyTo);
        assertEquals("server-error", report.diagnosis().cause().code());
        assertEquals(502, report.response().status());
        assertFixLedBy("Caddy: check the reverse_proxy upstream address", report);
    }
}
