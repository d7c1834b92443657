package dev.wscope.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wscope.core.timeline.Header;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbePlanTest {
    private static final Diagnosis ANY = new Diagnosis(Cause.NOT_FOUND, "", "");
    /** Action Cable's refusal as nginx passed it on (recorded from puma 5.6 + Action Cable 6.1 behind nginx 1.22). */
    private static final RawResponse CABLE_VIA_NGINX = new RawResponse(404, "Not Found", List.of(
            new Header("Server", "nginx/1.22.1"), new Header("Content-Type", "text/plain"),
            new Header("Content-Length", "14")), "Page not found");

    private static RawRequest request(String path, String... headers) {
        List<Header> list = new ArrayList<>(List.of(new Header("Host", "127.0.0.1:8080"), new Header("Upgrade", "websocket"),
                new Header("Connection", "Upgrade"), new Header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")));
        for (int i = 0; i < headers.length; i += 2) {
            list.add(new Header(headers[i], headers[i + 1]));
        }
        return new RawRequest("GET " + path + " HTTP/1.1", list);
    }

    private static List<String> plan(RawRequest sent, RawResponse answer) {
        return ProbePlan.of(sent, answer, ANY, false).stream().map(Variation::stepName).toList();
    }

    private static RawResponse answer(int status) {
        return new RawResponse(status, "Whatever", List.of(), "");
    }

    @Test
    void actionCableBehindAProxy_withTheHostsOwnOrigin_asksOnlyWhetherTheHeadersArrive() {
        RawRequest sent = request("/cable", "Sec-WebSocket-Version", "13", "Origin", "http://127.0.0.1:8080");
        assertEquals(List.of("probe: no Sec-WebSocket-Key"), plan(sent, CABLE_VIA_NGINX));
    }

    @Test
    void aForeignOrigin_isTriedAsTheHostsOwnFirst() {
        RawRequest sent = request("/cable", "Sec-WebSocket-Version", "13", "Origin", "https://evil.example");
        assertEquals(List.of("probe: Origin http://127.0.0.1:8080", "probe: no Sec-WebSocket-Key"), plan(sent, CABLE_VIA_NGINX));
        assertEquals("probe: Origin https://127.0.0.1:8080",
                ProbePlan.of(sent, CABLE_VIA_NGINX, ANY, true).get(0).stepName(), "wss:// has an https origin");
    }

    @Test
    void aRefusal_isNotProbedWithoutItsKey_andEveryOtherChangeIsTried() {
        RawRequest sent = request("/ws", "Sec-WebSocket-Version", "13", "Origin", "https://evil.example",
                "Sec-WebSocket-Protocol", "graphql-ws");
        assertEquals(List.of("probe: Origin http://127.0.0.1:8080", "probe: no subprotocol", "probe: no Origin"),
                plan(sent, answer(403)));
    }

    @Test
    void atMostFour_theKeylessOneLast() {
        RawRequest sent = request("/ws", "Sec-WebSocket-Version", "8", "Origin", "https://evil.example",
                "Sec-WebSocket-Protocol", "graphql-ws");
        assertEquals(List.of("probe: Origin http://127.0.0.1:8080", "probe: no subprotocol", "probe: version 13",
                "probe: no Sec-WebSocket-Key"), plan(sent, answer(404)));
    }

    @Test
    void aGeneric404_triesTheOtherPath() {
        RawRequest sent = request("/socket?token=1", "Sec-WebSocket-Version", "13", "Origin", "http://127.0.0.1:8080");
        assertEquals(List.of("probe: path /socket/", "probe: no Origin", "probe: no Sec-WebSocket-Key"),
                plan(sent, answer(404)), "the query (a token, say) stays out of the step's name");
        assertEquals("GET /socket/?token=1 HTTP/1.1", ProbePlan.of(sent, answer(404), ANY, false).get(0).applyTo(sent).line(),
                "but goes out with the probe");
    }

    @Test
    void clearAnswers_areNotProbed() {
        RawRequest sent = request("/ws", "Sec-WebSocket-Version", "13", "Origin", "https://evil.example");
        for (int status : new int[] {101, 200, 401, 500, 502}) {
            assertEquals(List.of(), plan(sent, answer(status)), "status " + status);
        }
        assertEquals(List.of(), ProbePlan.of(sent, answer(426), new Diagnosis(Cause.VERSION_MISMATCH, "", ""), false));
    }

    @Test
    void theOtherPath_addsOrDropsTheTrailingSlash_keepingTheQuery() {
        assertEquals("/cable/", ProbePlan.otherPath("/cable"));
        assertEquals("/cable", ProbePlan.otherPath("/cable/"));
        assertEquals("/cable?a=1", ProbePlan.otherPath("/cable/?a=1"));
        assertEquals("/", ProbePlan.otherPath("/"));
    }

    @Test
    void aVariation_changesOnlyItsOneThing() {
        RawRequest sent = request("/cable", "Sec-WebSocket-Version", "8", "Origin", "https://evil.example");
        RawRequest own = new Variation(Variation.Kind.OWN_ORIGIN, "http://127.0.0.1:8080").applyTo(sent);
        assertEquals(sent.headers().size(), own.headers().size());
        assertEquals(new Header("Origin", "http://127.0.0.1:8080"), own.headers().get(5));
        RawRequest keyless = new Variation(Variation.Kind.NO_KEY, null).applyTo(sent);
        assertEquals(sent.headers().size() - 1, keyless.headers().size());
        assertEquals(sent.line(), keyless.line());
        assertEquals("GET /cable/ HTTP/1.1", new Variation(Variation.Kind.OTHER_PATH, "/cable/").applyTo(sent).line());
        assertEquals(new Header("Sec-WebSocket-Version", "13"),
                new Variation(Variation.Kind.VERSION_13, null).applyTo(sent).headers().get(4));
    }
}
