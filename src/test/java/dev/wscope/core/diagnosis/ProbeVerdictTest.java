package dev.wscope.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.Header;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict on answers recorded from puma 5.6 + Action Cable 6.1, directly and behind nginx 1.22. */
class ProbeVerdictTest {
    private static final Header NGINX = new Header("Server", "nginx/1.22.1");
    private static final RawResponse CABLE_DIRECT = new RawResponse(404, "Not Found",
            List.of(new Header("Content-Type", "text/plain"), new Header("Content-Length", "14")), "Page not found");
    private static final RawResponse CABLE_VIA_NGINX = new RawResponse(404, "Not Found", List.of(NGINX,
            new Header("Content-Type", "text/plain"), new Header("Content-Length", "14")), "Page not found");
    private static final RawResponse PUMA_500_VIA_NGINX = new RawResponse(500, "Internal Server Error", List.of(NGINX,
            new Header("Content-Length", "2232")), "Puma caught this error: undefined method `+' for nil:NilClass");
    private static final RawResponse SWITCHING = new RawResponse(101, "Switching Protocols", List.of(), "");
    private static final Variation NO_KEY = new Variation(Variation.Kind.NO_KEY, null);

    private static RawRequest sent(String origin, Header... more) {
        List<Header> headers = new java.util.ArrayList<>(List.of(new Header("Host", "127.0.0.1:8080"),
                new Header("Sec-WebSocket-Version", "13"), new Header("Origin", origin)));
        headers.addAll(List.of(more));
        return new RawRequest("GET /cable HTTP/1.1", headers);
    }

    private static Diagnosis rules(RawRequest sent, RawResponse answer) {
        return UpgradeRules.diagnose(sent, answer, List.of(), "KEY=").orElseThrow();
    }

    private static Diagnosis judge(RawRequest sent, RawResponse answer, ProbeResult... probes) {
        return ProbeVerdict.judge(sent, answer, rules(sent, answer), List.of(probes));
    }

    @Test
    void aForeignOriginRefused_andTheHostsOwnAccepted_isForbiddenOrigin_withRailsLogLine() {
        RawRequest sent = sent("https://evil.example");
        Diagnosis verdict = judge(sent, CABLE_DIRECT, new ProbeResult(new Variation(Variation.Kind.OWN_ORIGIN,
                "http://127.0.0.1:8080"), SWITCHING, null));

        assertEquals(Cause.FORBIDDEN_ORIGIN, verdict.cause());
        assertTrue(verdict.summary().contains("the same request with Origin: http://127.0.0.1:8080 was accepted with 101"),
                verdict.summary());
        assertTrue(verdict.summary().contains("\"Request origin not allowed: https://evil.example\""), verdict.summary());
        assertTrue(verdict.fix().contains("config.action_cable.allowed_request_origins = [\"https://evil.example\"]"),
                verdict.fix());
    }

    @Test
    void actionCableBehindNginx_keylessUnchanged_isTheDroppedUpgrade_withTheFixThatAlsoForwardsHost() {
        Diagnosis verdict = judge(sent("http://127.0.0.1:8080"), CABLE_VIA_NGINX,
                new ProbeResult(NO_KEY, CABLE_VIA_NGINX, null));

        assertEquals(Cause.PROXY_DROPPED_UPGRADE, verdict.cause());
        assertTrue(verdict.summary().contains("HTTP_CONNECTION: close, HTTP_UPGRADE: )"), verdict.summary());
        assertTrue(verdict.fix().contains("proxy_set_header Upgrade $http_upgrade;"), verdict.fix());
        assertTrue(verdict.fix().contains("proxy_set_header Host $http_host;"), verdict.fix());
        assertTrue(verdict.fix().contains("proxy_set_header X-Forwarded-Proto $scheme;"), verdict.fix());
    }

    @Test
    void actionCableBehindNginx_keylessChanged_isTheHostNotForwarded_notTheUpgradeFixAgain() {
        Diagnosis verdict = judge(sent("http://127.0.0.1:8080"), CABLE_VIA_NGINX,
                new ProbeResult(NO_KEY, PUMA_500_VIA_NGINX, null));

        assertEquals(Cause.FORBIDDEN_ORIGIN, verdict.cause());
        assertTrue(verdict.summary().contains("got 500 Internal Server Error instead of 404"), verdict.summary());
        assertTrue(verdict.summary().contains("forwards the upgrade but not the Host"), verdict.summary());
        assertTrue(verdict.summary().contains("\"Request origin not allowed: http://127.0.0.1:8080\""), verdict.summary());
        assertTrue(verdict.fix().contains("proxy_set_header Host $http_host;"), verdict.fix());
        assertFalse(verdict.fix().contains("proxy_set_header Upgrade"), verdict.fix());
    }

    @Test
    void theHostsOwnOriginRefusedToo_namesItInRailsLogLine_notTheForeignOne() {
        Diagnosis verdict = judge(sent("https://evil.example"), CABLE_VIA_NGINX,
                new ProbeResult(new Variation(Variation.Kind.OWN_ORIGIN, "http://127.0.0.1:8080"), CABLE_VIA_NGINX, null),
                new ProbeResult(NO_KEY, PUMA_500_VIA_NGINX, null));

        assertTrue(verdict.summary().contains("\"Request origin not allowed: http://127.0.0.1:8080\""), verdict.summary());
    }

    @Test
    void aKeylessAnswerFromTheProxyItself_provesNothingAboutTheBackend() {
        // HAProxy (recorded, 2.6) answers a keyless upgrade with its own 400, whatever it forwards
        RawResponse haproxy400 = new RawResponse(400, "Bad request", List.of(new Header("content-length", "90"),
                new Header("cache-control", "no-cache"), new Header("content-type", "text/html")),
                "<html><body><h1>400 Bad request</h1>\nYour browser sent an invalid request.\n</body></html>\n");
        RawRequest sent = sent("http://127.0.0.1:8080");
        for (RawResponse first : List.of(CABLE_VIA_NGINX, new RawResponse(426, "Upgrade Required", List.of(NGINX), "{}"))) {
            Diagnosis verdict = judge(sent, first, new ProbeResult(NO_KEY, haproxy400, null));

            assertEquals(rules(sent, first).cause(), verdict.cause(), verdict.summary());
            assertTrue(verdict.summary().endsWith("got 400 Bad request instead of " + first.status() + ": something on"
                    + " the way reads the WebSocket headers (the server, or a proxy that checks them itself)."),
                    verdict.summary());
        }
    }

    @Test
    void anotherServer_keylessUnchanged_keepsTheRulesVerdict_withTheEvidence() {
        RawResponse upgradeRequired = new RawResponse(426, "Upgrade Required", List.of(NGINX), "{}");
        RawRequest sent = sent("http://127.0.0.1:8080");
        Diagnosis verdict = judge(sent, upgradeRequired, new ProbeResult(NO_KEY, upgradeRequired, null));

        assertEquals(Cause.PROXY_DROPPED_UPGRADE, verdict.cause());
        assertTrue(verdict.summary().startsWith(rules(sent, upgradeRequired).summary()), verdict.summary());
        assertTrue(verdict.summary().endsWith("got the same 426 Upgrade Required: the server never read the WebSocket"
                + " headers (one that reads them refuses a missing key)."), verdict.summary());
    }

    @Test
    void theAcceptedVariation_namesTheCause() {
        RawResponse badRequest = new RawResponse(400, "Bad Request", List.of(), "");
        RawRequest sent = sent("http://127.0.0.1:8080", new Header("Sec-WebSocket-Protocol", "v1.stomp"));
        assertEquals(Cause.SUBPROTOCOL_MISMATCH, judge(sent, badRequest, new ProbeResult(
                new Variation(Variation.Kind.NO_SUBPROTOCOLS, null), SWITCHING, null)).cause());
        assertEquals(Cause.VERSION_MISMATCH, judge(sent, badRequest, new ProbeResult(
                new Variation(Variation.Kind.VERSION_13, null), SWITCHING, null)).cause());
        Diagnosis path = judge(sent, new RawResponse(404, "Not Found", List.of(), ""), new ProbeResult(
                new Variation(Variation.Kind.OTHER_PATH, "/cable/"), SWITCHING, null));
        assertEquals(Cause.NOT_FOUND, path.cause());
        assertTrue(path.fix().startsWith("Connect to /cable/"), path.fix());
        assertEquals(Cause.FORBIDDEN_ORIGIN, judge(sent, new RawResponse(403, "Forbidden", List.of(), ""), new ProbeResult(
                new Variation(Variation.Kind.NO_ORIGIN, null), SWITCHING, null)).cause());
    }

    @Test
    void aRefusalNoOriginChanges_saysSo_andPointsAwayFromTheOrigin() {
        RawResponse forbidden = new RawResponse(403, "Forbidden", List.of(), "");
        Diagnosis verdict = judge(sent("https://app.example.com"), forbidden,
                new ProbeResult(new Variation(Variation.Kind.OWN_ORIGIN, "http://127.0.0.1:8080"), forbidden, null),
                new ProbeResult(new Variation(Variation.Kind.NO_ORIGIN, null), forbidden, null));

        assertEquals(Cause.FORBIDDEN_ORIGIN, verdict.cause());
        assertTrue(verdict.summary().endsWith("The probes (Origin http://127.0.0.1:8080; no Origin) got the same 403"
                + " Forbidden: unless the server allows only some other origin, it refuses for another reason, such as"
                + " a missing token or cookie."), verdict.summary());
    }

    @Test
    void probesThatGotNoAnswer_leaveTheRulesVerdict() {
        RawRequest sent = sent("http://127.0.0.1:8080");
        Diagnosis rules = rules(sent, CABLE_VIA_NGINX);
        assertSame(rules, ProbeVerdict.judge(sent, CABLE_VIA_NGINX, rules,
                List.of(new ProbeResult(NO_KEY, null, "no answer: Connection refused"))));
        assertSame(rules, ProbeVerdict.judge(sent, CABLE_VIA_NGINX, rules, List.of()));
    }
}
