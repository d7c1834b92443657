package dev.wscope.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WsUrlTest {
    @ParameterizedTest
    @ValueSource(strings = {"ws://localhost/", "wss://example.com/cable", "ws://127.0.0.1:8080/socket?x=1&y=2",
        "WS://Example.COM/x", "ws://user:secret@host:9000/p", "ws://h:1", "ws://h:65535/", "ws://h?x=1",
        "wss://sub.example.co.uk:443/a/b/c"})
    void wsAndWssAddresses_areAccepted(String address) {
        UrlCheck check = WsUrl.check(address);
        assertTrue(check.ok(), address + ": " + check.error());
        assertNull(check.error());
        assertNull(check.suggestion());
    }

    @Test
    void acceptedAddress_givesTheUriToConnectTo_withTheSchemeInLowerCase() {
        UrlCheck check = WsUrl.check("  WSS://example.com:8443/path?q=1  ");
        assertEquals("wss", check.uri().getScheme());
        assertEquals("example.com", check.uri().getHost());
        assertEquals(8443, check.uri().getPort());
        assertEquals("/path", check.uri().getPath());
        assertEquals("q=1", check.uri().getQuery());
    }

    @Test
    void ipv6Literal_withPortAndPath_isAccepted() {
        UrlCheck check = WsUrl.check("ws://[::1]:8080/x");
        assertTrue(check.ok(), check.error());
        assertEquals("[::1]", check.uri().getHost());
        assertEquals(8080, check.uri().getPort());
        assertTrue(WsUrl.check("ws://[2001:db8::1]/x").ok(), "colons inside the brackets are not a port");
    }

    @Test
    void http_isOfferedAsWs() {
        UrlCheck check = WsUrl.check("http://example.com/socket?a=1");
        assertFalse(check.ok());
        assertTrue(check.error().startsWith("http:// is the web page scheme"));
        assertEquals("ws://example.com/socket?a=1", check.suggestion());
    }

    @Test
    void https_isOfferedAsWss() {
        UrlCheck check = WsUrl.check("HTTPS://example.com/socket");
        assertFalse(check.ok());
        assertEquals("wss://example.com/socket", check.suggestion());
    }

    @Test
    void missingScheme_suggestsWs_orWssForPort443() {
        assertEquals("ws://localhost:8080/socket", WsUrl.check("localhost:8080/socket").suggestion());
        assertEquals("wss://example.com:443/x", WsUrl.check("example.com:443/x").suggestion());
        assertEquals("ws://example.com/x", WsUrl.check("//example.com/x").suggestion());
        assertTrue(WsUrl.check("example.com").error().contains("no scheme"));
    }

    @Test
    void missingScheme_isFoundEvenWhenTheQueryHoldsAnotherAddress() {
        UrlCheck check = WsUrl.check("localhost:8080/?next=http://x");
        assertTrue(check.error().contains("no scheme"), check.error());
        assertEquals("ws://localhost:8080/?next=http://x", check.suggestion());
    }

    @Test
    void schemeWithoutItsTwoSlashes_isOfferedWithThem() {
        assertEquals("ws://host/x", WsUrl.check("ws:/host/x").suggestion());
        assertEquals("wss://host", WsUrl.check("wss:host").suggestion());
        assertEquals("wss://host", WsUrl.check("https:host").suggestion());
    }

    @Test
    void otherSchemes_areRefusedByName() {
        assertEquals("\"ftp://\" is not a WebSocket scheme: use ws:// or wss://", WsUrl.check("ftp://h/").error());
        assertNull(WsUrl.check("ftp://h/").suggestion());
    }

    @Test
    void spaces_areRefusedWithTheirPosition() {
        assertEquals("The address has a space at position 8: remove it or encode it as %20", WsUrl.check("ws://a/ b").error());
        assertEquals("The address has a space at position 7: remove it or encode it as %20", WsUrl.check("ws://h\t/").error());
        assertTrue(WsUrl.check(" ws://h/ ").ok(), "spaces around the address are trimmed");
    }

    @Test
    void portThatIsNotANumber_isRefused() {
        assertEquals("The port \"80a\" is not a number", WsUrl.check("ws://example.com:80a/").error());
        assertEquals("The port \"\u0668\u0660\" is not a number", WsUrl.check("ws://h:\u0668\u0660/").error(),
                "only ASCII digits make a port");
        assertEquals("The address ends its host with ':' but gives no port", WsUrl.check("ws://h:/x").error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "99999", "123456", "000000"})
    void portOutOfRange_isRefused(String port) {
        assertEquals("Port " + port + " is out of range: use 1 to 65535", WsUrl.check("ws://h:" + port + "/").error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws:///path", "ws://:8080/", "ws://", "wss://?x=1"})
    void emptyHost_isRefused(String address) {
        UrlCheck check = WsUrl.check(address);
        assertFalse(check.ok());
        assertTrue(check.error().contains("host") || check.error().contains("not valid"), check.error());
    }

    @Test
    void fragment_isRefusedWithTheAddressWithoutIt() {
        UrlCheck check = WsUrl.check("ws://example.com/x?a=1#top");
        assertEquals("WebSocket addresses cannot have a fragment (#top)", check.error());
        assertEquals("ws://example.com/x?a=1", check.suggestion());
        assertEquals("ws://h/", WsUrl.check("ws://h/#").suggestion(), "even an empty one");
    }

    @Test
    void emptyOrNullInput_asksForAnAddress() {
        assertTrue(WsUrl.check("").error().startsWith("Enter a WebSocket address"));
        assertTrue(WsUrl.check("   ").error().startsWith("Enter a WebSocket address"));
        assertTrue(WsUrl.check(null).error().startsWith("Enter a WebSocket address"));
    }

    @Test
    void malformedEscape_isRefusedWithItsPosition() {
        UrlCheck check = WsUrl.check("ws://h/%zz");
        assertFalse(check.ok());
        assertTrue(check.error().endsWith("at position 8"), check.error());
    }
}
