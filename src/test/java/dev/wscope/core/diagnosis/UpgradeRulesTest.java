package dev.wscope.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.Header;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpgradeRulesTest {
    private static final RawRequest REQUEST = new RawRequest("GET /cable HTTP/1.1",
            List.of(new Header("Host", "app.example"), new Header("Origin", "https://app.example")));

    private static Optional<Diagnosis> judge(int status, String reason, String body, Header... headers) {
        return UpgradeRules.diagnose(REQUEST, new RawResponse(status, reason, List.of(headers), body), List.of(), "KEY=");
    }

    private static String cause(int status, String reason, String body, Header... headers) {
        return judge(status, reason, body, headers).orElseThrow().cause().code();
    }

    @Test
    void healthy101_hasNoCause() {
        assertEquals(Optional.empty(), judge(101, "Switching Protocols", "", new Header("Sec-WebSocket-Accept", "KEY=")));
    }

    @Test
    void theSameStatus_meansAProxyDroppedTheUpgrade_onlyWhenAProxyAnswered() {
        assertEquals("proxy-dropped-upgrade", cause(404, "Not Found", "", new Header("Server", "nginx/1.22.1")));
        assertEquals("proxy-dropped-upgrade", cause(400, "Bad Request", "", new Header("Via", "1.1 varnish")));
        assertEquals("not-found", cause(404, "Not Found", ""));
        assertEquals("proxy-dropped-upgrade", cause(400, "Bad Request",
                "websocket: the client is not using the websocket protocol: 'upgrade' token not found in 'Connection' header"));
    }

    @Test
    void proxyGatewayErrors_blameTheBackend() {
        Diagnosis diagnosis = judge(502, "Bad Gateway", "", new Header("Server", "nginx")).orElseThrow();
        assertEquals("server-error", diagnosis.cause().code());
        assertTrue(diagnosis.summary().contains("backend"));
        assertEquals("server-error", cause(500, "Internal Server Error", ""));
    }

    @Test
    void eachStatus_getsItsOwnCause() {
        assertEquals("unauthorized", cause(401, "Unauthorized", ""));
        assertTrue(judge(403, "Forbidden", "").orElseThrow().summary().contains("Origin: https://app.example"));
        assertEquals("redirect", cause(302, "Found", "", new Header("Location", "https://new.example/ws")));
        assertTrue(judge(302, "Found", "", new Header("Location", "https://new.example/ws")).orElseThrow().fix()
                .contains("wss://new.example/ws"));
        assertEquals("not-upgraded", cause(200, "OK", "<html>"));
        assertEquals("version-mismatch", cause(426, "Upgrade Required", "", new Header("Sec-WebSocket-Version", "8, 7")));
        assertEquals("subprotocol-mismatch", cause(400, "Bad Request", "Sec-WebSocket-Protocol required: mqtt"));
    }

    @Test
    void a101_withAWrongKeyOrProtocol_isStillAFailure() {
        assertEquals("bad-accept-key", cause(101, "Switching Protocols", "", new Header("Sec-WebSocket-Accept", "WRONG=")));
        RawResponse chose = new RawResponse(101, "", List.of(new Header("Sec-WebSocket-Accept", "KEY="),
                new Header("Sec-WebSocket-Protocol", "v9")), "");
        assertEquals("subprotocol-mismatch", UpgradeRules.diagnose(REQUEST, chose, List.of("v1", "v2"), "KEY=")
                .orElseThrow().cause().code());
        RawResponse agreed = new RawResponse(101, "", List.of(new Header("Sec-WebSocket-Accept", "KEY="),
                new Header("Sec-WebSocket-Protocol", "v2")), "");
        assertEquals(Optional.empty(), UpgradeRules.diagnose(REQUEST, agreed, List.of("v1", "v2"), "KEY="));
    }

    @Test
    void aWscopeServeBackend_tellsWhatReachedIt() {
        String body = "{\"requestLine\":\"GET /cable HTTP/1.0\",\"headers\":[[\"Connection\",\"close\"]]}";
        Diagnosis diagnosis = judge(426, "Upgrade Required", body, new Header("Server", "nginx")).orElseThrow();
        assertTrue(diagnosis.summary().contains("the backend received \"GET /cable HTTP/1.0\""), diagnosis.summary());
    }
}
