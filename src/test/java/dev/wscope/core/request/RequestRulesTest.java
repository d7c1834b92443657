package dev.wscope.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestRulesTest {
    @Test
    void wsAndWss_areAccepted_includingIpv6Literals() {
        assertTrue(WsUrl.check("ws://localhost:8080/socket?x=1").ok());
        assertTrue(WsUrl.check("  wss://example.com/cable  ").ok());
        assertEquals("::1", WsUrl.check("ws://[::1]:8080/x").uri().getHost().replace("[", "").replace("]", ""));
    }

    @Test
    void httpAndHttps_areOfferedAsWsAndWss() {
        UrlCheck http = WsUrl.check("http://example.com/socket");
        assertFalse(http.ok());
        assertEquals("ws://example.com/socket", http.suggestion());
        assertEquals("wss://example.com/socket", WsUrl.check("https://example.com/socket").suggestion());
    }

    @Test
    void missingScheme_isExplainedWithAGuess() {
        UrlCheck check = WsUrl.check("localhost:8080/socket");
        assertTrue(check.error().contains("no scheme"));
        assertEquals("ws://localhost:8080/socket", check.suggestion());
        assertEquals("wss://example.com:443/x", WsUrl.check("example.com:443/x").suggestion());
    }

    @Test
    void badAddresses_getClearMessages() {
        assertEquals("The address has a space at position 20: remove it or encode it as %20",
                WsUrl.check("ws://example.com/my socket").error());
        assertEquals("The port \"80a\" is not a number", WsUrl.check("ws://example.com:80a/").error());
        assertEquals("Port 99999 is out of range: use 1 to 65535", WsUrl.check("ws://example.com:99999/").error());
        assertEquals("Port 0 is out of range: use 1 to 65535", WsUrl.check("ws://example.com:0/").error());
        assertTrue(WsUrl.check("ws:///path").error().contains("no valid host"));
        assertTrue(WsUrl.check("ftp://example.com").error().contains("not a WebSocket scheme"));
        assertTrue(WsUrl.check("").error().startsWith("Enter a WebSocket address"));
        UrlCheck fragment = WsUrl.check("ws://example.com/x#top");
        assertTrue(fragment.error().contains("fragment"));
        assertEquals("ws://example.com/x", fragment.suggestion());
    }

    @Test
    void queryString_roundTripsWithTheParamsTable() {
        List<KeyValue> params = QueryString.paramsOf("ws://h/p?a=1&b=&c&d=x%20y");
        assertEquals(List.of(KeyValue.of("a", "1"), KeyValue.of("b", ""), KeyValue.of("c", ""), KeyValue.of("d", "x%20y")), params);
        assertEquals("ws://h/p?a=2&z=9", QueryString.withParams("ws://h/p?a=1", List.of(KeyValue.of("a", "2"),
                new KeyValue(false, "off", "1"), KeyValue.of("z", "9"))));
        assertEquals("ws://h/p", QueryString.withParams("ws://h/p?a=1", List.of()));
    }

    @Test
    void headerNames_mustBeTokens_andValuesMayNotInject() {
        assertEquals(Optional.empty(), HeaderRules.checkName("X-Api-Key"));
        assertTrue(HeaderRules.checkName("Bad Name").orElseThrow().contains("a space at position 4"));
        assertTrue(HeaderRules.checkName("X:Y").orElseThrow().contains("':'"));
        assertTrue(HeaderRules.checkValue("X", "a\r\nEvil: 1").orElseThrow().contains("carriage return (CR) at position 2"));
        assertTrue(HeaderRules.checkValue("X", "a\nb").orElseThrow().contains("line feed"));
        assertTrue(HeaderRules.checkValue("X", "a\0").isPresent());
        assertEquals(Optional.empty(), HeaderRules.checkValue("X", "Bearer abc, def; q=1"));
    }

    @Test
    void cookies_areTokensWithPlainValues_sentAsOneHeader() {
        assertTrue(KeyValueKind.COOKIES.check(KeyValue.of("sid", "a;b")).orElseThrow().contains("';' at position 2"));
        assertTrue(KeyValueKind.COOKIES.check(KeyValue.of("s id", "1")).isPresent());
        ConnectRequest request = new ConnectRequest("ws://h/", List.of(), List.of(KeyValue.of("a", "1"),
                new KeyValue(false, "off", "x"), KeyValue.of("b", "2")), List.of(), ConnectOptions.defaults());
        assertEquals(Optional.of("a=1; b=2"), request.cookieHeader());
        assertEquals(Optional.empty(), ConnectRequest.of("ws://h/").cookieHeader());
    }

    @Test
    void connectRequestProblem_namesTheFirstThingThatBlocksSending() {
        assertEquals(Optional.empty(), ConnectRequest.of("ws://h/").problem());
        assertTrue(ConnectRequest.of("h/").problem().orElseThrow().contains("no scheme"));
        ConnectRequest injected = new ConnectRequest("ws://h/", List.of(KeyValue.of("X", "1\r\n")), List.of(), List.of(),
                ConnectOptions.defaults());
        assertTrue(injected.problem().orElseThrow().contains("line break"));
        ConnectRequest disabled = new ConnectRequest("ws://h/", List.of(new KeyValue(false, "Bad Name", "x")), List.of(),
                List.of(), ConnectOptions.defaults());
        assertEquals(Optional.empty(), disabled.problem(), "a disabled row is not sent");
        ConnectRequest badProtocol = new ConnectRequest("ws://h/", List.of(), List.of(), List.of("a b"),
                ConnectOptions.defaults());
        assertTrue(badProtocol.problem().orElseThrow().startsWith("Subprotocol \"a b\""));
    }

    @Test
    void bulkText_roundTripsEveryRowIncludingDisabledOnes() {
        List<KeyValue> rows = List.of(KeyValue.of("Authorization", "Bearer t:1"), new KeyValue(false, "X-Debug", "1"));
        String text = KeyValueText.format(rows, KeyValueKind.HEADERS);
        assertEquals("Authorization: Bearer t:1\n#X-Debug: 1\n", text);
        assertEquals(rows, KeyValueText.parse(text, KeyValueKind.HEADERS));
        assertEquals(List.of(KeyValue.of("q", "a=b")), KeyValueText.parse("q=a=b", KeyValueKind.PARAMS));
        assertEquals(List.of(KeyValue.of("solo", "")), KeyValueText.parse("solo\n\n", KeyValueKind.PARAMS));
    }

    @Test
    void subprotocols_areACommaSeparatedList() {
        assertEquals(List.of("graphql-transport-ws", "v2.chat"), Subprotocols.parse(" graphql-transport-ws , v2.chat,, "));
    }

    @Test
    void proxyAddresses_parseWithCredentials_andBadOnesAreRefused() {
        ProxyOptions proxy = ProxyOptions.parse("http://ann:s3cret@proxy.corp:3128").orElseThrow();
        assertEquals("proxy.corp", proxy.host());
        assertEquals(3128, proxy.port());
        assertEquals("Basic YW5uOnMzY3JldA==", proxy.authorization().orElseThrow());
        assertEquals("http://proxy.corp:3128", proxy.uri());
        assertTrue(ProxyOptions.parse("proxy.corp:8080").orElseThrow().authorization().isEmpty());
        assertTrue(ProxyOptions.parse("  ").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ProxyOptions.parse("http://proxy.corp"));
        assertThrows(IllegalArgumentException.class, () -> ProxyOptions.parse("socks5://proxy.corp:1080"));
    }

    @Test
    void reconnectBackoff_doublesUpToTheCap() {
        ReconnectOptions options = new ReconnectOptions(true, 6, 1000, 5000);
        assertEquals(List.of(1000L, 2000L, 4000L, 5000L, 5000L),
                List.of(options.delayBefore(1), options.delayBefore(2), options.delayBefore(3), options.delayBefore(4),
                        options.delayBefore(5)));
    }

    @Test
    void fingerprints_compareWithoutColonsOrCase() {
        TlsOptions tls = new TlsOptions(false, true, null, List.of("AB:CD:EF"));
        assertEquals(List.of("abcdef"), tls.trustedFingerprints());
        assertNull(TlsOptions.defaults().clientCertificate());
        assertFalse(TlsOptions.defaults().insecure(), "verification is on by default");
    }
}
