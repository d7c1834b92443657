package dev.wscope.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.Header;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that take a server at its word: a 403's body, a close reason, the bytes after a 101. */
class ServerWordsInAnswersTest {
    private static final RawRequest REQUEST = new RawRequest("GET /live?room=1 HTTP/1.1",
            List.of(new Header("Host", "app.example:8443"), new Header("Origin", "https://app.example")));

    private static Diagnosis forbidden(String reason, String body, Header... headers) {
        return UpgradeRules.diagnose(REQUEST, new RawResponse(403, reason, List.of(headers), body), List.of(), "KEY=")
                .orElseThrow();
    }

    @Test
    void nginxsStock403Page_saysNothingOfItsOwn_soItIsTheOriginHint() {
        Diagnosis nginx = forbidden("Forbidden", "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n"
                + "<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n",
                new Header("Server", "nginx/1.22.1"));
        assertEquals(Cause.FORBIDDEN_ORIGIN, nginx.cause());
        assertTrue(nginx.summary().contains("Most often that is an Origin check"), nginx.summary());
        assertEquals(Cause.FORBIDDEN_ORIGIN, forbidden("Forbidden", "").cause());
    }

    @Test
    void a403ThatNamesTheOrigin_isQuoted_andStaysAnOriginCheck() {
        Diagnosis origin = forbidden("Forbidden", "Origin https://evil.example is not allowed");
        assertEquals(Cause.FORBIDDEN_ORIGIN, origin.cause());
        assertTrue(origin.summary().contains("says: \"Origin https://evil.example is not allowed\""), origin.summary());
    }

    @Test
    void a403InOtherWords_isQuoted_withoutGuessingAnOrigin() {
        Diagnosis banned = forbidden("Forbidden", "<p>Your IP range is blocked</p>");
        assertEquals(Cause.FORBIDDEN, banned.cause());
        assertTrue(banned.summary().contains("\"Your IP range is blocked\""), banned.summary());
        assertFalse(banned.summary().contains("Origin"), banned.summary());
        assertEquals(Cause.UNAUTHORIZED, forbidden("Invalid API key", "").cause(), "words in the reason phrase");
    }

    @Test
    void closeReasonNamingASubprotocol_givesItToOffer_andOtherReasonsTheirOwnFix() {
        assertTrue(AfterUpgradeRules.closedAtOnce(REQUEST, 1002, "subprotocol chat.v2 required", List.of()).fix()
                .contains("--subprotocol chat.v2"));
        assertTrue(AfterUpgradeRules.closedAtOnce(REQUEST, 4400, "Sec-WebSocket-Protocol header is missing", List.of()).fix()
                .contains("Offer the subprotocol the server expects"));
        Diagnosis token = AfterUpgradeRules.closedAtOnce(REQUEST, 1008, "", List.of());
        assertTrue(token.summary().endsWith("1008 (Policy violation), giving no reason."), token.summary());
        assertTrue(token.fix().contains("token"), token.fix());
    }

    @Test
    void bytesAfterThe101_areQuotedOnOneLine_andShortened() {
        Diagnosis http = AfterUpgradeRules.notFrames(REQUEST, "HTTP/1.1 500 Internal Server Error\r\n\r\n" + "x".repeat(400));
        assertEquals(Cause.NOT_WEBSOCKET_FRAMES, http.cause());
        assertTrue(http.summary().contains("\"HTTP/1.1 500 Internal Server Error\\r\\n\\r\\nxxx"), http.summary());
        assertTrue(http.summary().contains("x…\""), http.summary());
    }

    @Test
    void engineIoRefusals_keepTheRequestsPath_withSocketIosQuery() {
        RawRequest custom = new RawRequest("GET /chat/socket.io HTTP/1.1", List.of());
        Diagnosis refusal = UpgradeRules.diagnose(custom, new RawResponse(400, "Bad Request", List.of(),
                "{\"code\":0,\"message\":\"Transport unknown\"}"), List.of(), "KEY=").orElseThrow();
        assertEquals(Cause.SOCKET_IO_HANDSHAKE, refusal.cause());
        assertTrue(refusal.fix().startsWith("Connect to /chat/socket.io/?EIO=4&transport=websocket"), refusal.fix());
    }

    @Test
    void caddysAnswerToPlainHttp_saysUseWss() {
        Diagnosis caddy = UpgradeRules.diagnose(REQUEST, new RawResponse(400, "Bad Request", List.of(),
                "Client sent an HTTP request to an HTTPS server.\n"), List.of(), "KEY=").orElseThrow();
        assertEquals(Cause.PLAIN_TO_TLS_PORT, caddy.cause());
        assertEquals("Use wss:// for this port: wss://app.example:8443/live?room=1.", caddy.fix());
    }
}
