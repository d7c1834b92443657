package dev.wscope.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.Header;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answers of the proxies that cannot run here (Traefik, Envoy, AWS ALB), as their documentation and their users'
 * reports show them, and HAProxy's own pages: the doctor names the proxy and leads the fix with its configuration.
 */
class RecordedProxyAnswersTest {
    private static final RawRequest REQUEST = new RawRequest("GET /ws HTTP/1.1", List.of(new Header("Host", "app.example")));

    private static Diagnosis judge(RawResponse response) {
        return UpgradeRules.diagnose(REQUEST, response, List.of(), "KEY=").orElseThrow();
    }

    private static RawResponse answer(int status, String reason, String body, Header... headers) {
        return new RawResponse(status, reason, List.of(headers), body);
    }

    private static void assertLedBy(String firstLine, String fix) {
        assertTrue(fix.startsWith(firstLine), fix);
        assertTrue(fix.contains("\nOther proxies:\n"), fix);
        assertTrue(fix.indexOf(firstLine) < fix.indexOf("Other proxies:"), fix);
    }

    @Test
    void haproxysOwn503Page_isItsBackendDown_notAServerError() {
        RawResponse page = answer(503, "Service Unavailable", "<html><body><h1>503 Service Unavailable</h1>\n"
                + "No server is available to handle this request.\n</body></html>\n",
                new Header("content-length", "107"), new Header("cache-control", "no-cache"),
                new Header("content-type", "text/html"));
        Diagnosis diagnosis = judge(page);
        assertEquals("server-error", diagnosis.cause().code());
        assertTrue(diagnosis.summary().contains("reverse proxy (HAProxy, recognised by its own 503 page: \"No server"
                + " is available to handle this request\")"), diagnosis.summary());
        assertTrue(diagnosis.summary().contains("the backend behind it is down"), diagnosis.summary());
        assertLedBy("HAProxy: no server of the backend is up", diagnosis.fix());
    }

    @Test
    void envoy_byItsServerHeader_itsOwnHeaders_orItsPage() {
        RawResponse noHealthy = answer(503, "Service Unavailable", "no healthy upstream",
                new Header("content-length", "19"), new Header("content-type", "text/plain"),
                new Header("server", "envoy"));
        assertLedBy("Envoy: check the cluster's endpoints", judge(noHealthy).fix());
        RawResponse resetByIstio = answer(503, "Service Unavailable", "upstream connect error or disconnect/reset"
                + " before headers. reset reason: connection failure", new Header("server", "istio-envoy"),
                new Header("x-envoy-upstream-service-time", "3"));
        assertEquals(ProxyKind.ENVOY, ProxySignature.identify(resetByIstio).orElseThrow().kind());
        RawResponse pageOnly = answer(503, "Service Unavailable", "upstream connect error or disconnect/reset before"
                + " headers. reset reason: connection termination");
        assertTrue(judge(pageOnly).summary().contains("Envoy, recognised by its own 503 page"), judge(pageOnly).summary());
        RawResponse plainGet = answer(404, "Not Found", "", new Header("x-envoy-upstream-service-time", "1"),
                new Header("date", "Sat, 05 Dec 2026 14:00:00 GMT"));
        Diagnosis dropped = judge(plainGet);
        assertEquals("proxy-dropped-upgrade", dropped.cause().code());
        assertTrue(dropped.summary().contains("Envoy, recognised by its x-envoy-upstream-service-time header"),
                dropped.summary());
        assertLedBy("Envoy: allow the upgrade", dropped.fix());
        assertTrue(dropped.fix().contains("- upgrade_type: websocket"), dropped.fix());
    }

    @Test
    void awsAlb_byItsServerHeaderOnItsHtmlPages() {
        String page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway"
                + "</h1></center>\r\n</body>\r\n</html>\r\n";
        Diagnosis diagnosis = judge(answer(502, "Bad Gateway", page, new Header("Server", "awselb/2.0"),
                new Header("Content-Type", "text/html"), new Header("Connection", "keep-alive")));
        assertEquals("server-error", diagnosis.cause().code());
        assertTrue(diagnosis.summary().contains("reverse proxy (awselb/2.0)"), diagnosis.summary());
        assertLedBy("AWS ALB: check the target group's health", diagnosis.fix());
        assertEquals(ProxyKind.AWS_ALB, ProxySignature.identify(answer(504, "Gateway Time-out",
                page.replace("502 Bad Gateway", "504 Gateway Time-out"), new Header("Server", "awselb/2.0")))
                .orElseThrow().kind());
    }

    @Test
    void traefik_byItsPlainTextPages_isOnlyLikely() {
        RawResponse badGateway = answer(502, "Bad Gateway", "Bad Gateway",
                new Header("Content-Type", "text/plain; charset=utf-8"), new Header("Content-Length", "11"));
        SeenProxy seen = ProxySignature.identify(badGateway).orElseThrow();
        assertEquals(ProxyKind.TRAEFIK, seen.kind());
        assertFalse(seen.certain(), "a Go server answers the same");
        Diagnosis diagnosis = judge(badGateway);
        assertEquals("server-error", diagnosis.cause().code());
        assertLedBy("Traefik: check the service's server URL", diagnosis.fix());
        RawResponse noRouter = answer(404, "Not Found", "404 page not found\n",
                new Header("Content-Type", "text/plain; charset=utf-8"), new Header("X-Content-Type-Options", "nosniff"));
        assertEquals("not-found", judge(noRouter).cause().code(), "a likely proxy never changes the cause");
        assertTrue(judge(noRouter).fix().contains("If Traefik is in front (this plain-text answer with no Server"
                + " header is its own), no router matched: check the router's rule (Host and PathPrefix)"),
                judge(noRouter).fix());
        assertEquals(ProxyKind.TRAEFIK, ProxySignature.identify(noRouter).orElseThrow().kind());
    }

    @Test
    void aNamedProxyTheDoctorHasNoWordsFor_getsEveryProxysFix() {
        Diagnosis diagnosis = judge(answer(400, "Bad Request", "", new Header("Via", "1.1 varnish")));
        assertTrue(diagnosis.fix().startsWith("The proxy must forward the upgrade"), diagnosis.fix());
        for (ProxyKind kind : ProxyKind.values()) {
            assertTrue(diagnosis.fix().contains(kind.forwardUpgrade()), kind + " missing from " + diagnosis.fix());
        }
    }

    @Test
    void anOrdinaryServer_isNoProxy() {
        assertTrue(ProxySignature.identify(answer(404, "Not Found", "<h1>Not Found</h1>",
                new Header("Server", "wscope-serve"), new Header("Content-Type", "text/html"))).isEmpty());
        assertTrue(ProxySignature.identify(answer(500, "Internal Server Error", "no healthy upstream",
                new Header("Content-Type", "text/plain"))).isPresent(), "Envoy's page, on a gateway error");
        assertTrue(ProxySignature.identify(answer(200, "OK", "no healthy upstream in our status page",
                new Header("Content-Type", "text/plain"))).isEmpty(), "a page's words count only on a gateway error");
    }
}
