package dev.wscope.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectRequestTest {
    private static ConnectRequest request(String url, List<KeyValue> headers, List<KeyValue> cookies, List<String> protocols) {
        return new ConnectRequest(url, headers, cookies, protocols, ConnectOptions.defaults());
    }

    @Test
    void cookieHeader_joinsEnabledCookiesWithSemicolonSpace() {
        ConnectRequest request = request("ws://h/", List.of(),
                List.of(KeyValue.of("a", "1"), new KeyValue(false, "off", "x"), KeyValue.of("", ""), KeyValue.of("b", "2")),
                List.of());
        assertEquals(Optional.of("a=1; b=2"), request.cookieHeader());
    }

    @Test
    void cookieHeader_isEmptyWhenNoCookieIsEnabled() {
        assertEquals(Optional.empty(), ConnectRequest.of("ws://h/").cookieHeader());
        assertEquals(Optional.empty(), request("ws://h/", List.of(), List.of(new KeyValue(false, "a", "1")), List.of())
                .cookieHeader());
    }

    @Test
    void enabledHeaders_leaveOutDisabledAndNamelessRows() {
        ConnectRequest request = request("ws://h/", List.of(KeyValue.of("A", "1"), new KeyValue(false, "B", "2"),
                KeyValue.of("", "")), List.of(), List.of());
        assertEquals(List.of(KeyValue.of("A", "1")), request.enabledHeaders());
    }

    @Test
    void problem_isEmptyForASendableRequest() {
        ConnectRequest request = request("wss://h/x", List.of(KeyValue.of("Authorization", "Bearer t")),
                List.of(KeyValue.of("sid", "abc")), List.of("graphql-ws", "v2.json"));
        assertEquals(Optional.empty(), request.problem());
    }

    @Test
    void problem_badAddressComesFirst() {
        ConnectRequest request = request("http://h/", List.of(KeyValue.of("Bad Name", "x")), List.of(), List.of());
        assertTrue(request.problem().orElseThrow().startsWith("http:// is the web page scheme"));
    }

    @Test
    void problem_namesAnInjectedHeaderValue() {
        ConnectRequest request = request("ws://h/", List.of(KeyValue.of("X-A", "1\r\nEvil: 2")), List.of(), List.of());
        assertTrue(request.problem().orElseThrow().contains("carriage return (CR) at position 2"));
    }

    @Test
    void problem_namesACookieThatWouldSplitTheCookieHeader() {
        ConnectRequest request = request("ws://h/", List.of(), List.of(KeyValue.of("a", "1; b=2")), List.of());
        assertTrue(request.problem().orElseThrow().startsWith("The cookie a has ';' at position 2"));
    }

    @Test
    void problem_namesAnOriginThatWouldInjectAHeader() {
        ConnectRequest request = new ConnectRequest("ws://h/", List.of(), List.of(), List.of(),
                ConnectOptions.defaults().withOrigin("https://a.test\r\nEvil: 2"));
        assertEquals("The value of Origin has a carriage return (CR) at position 15; a line break would inject"
                + " another header", request.problem().orElseThrow());
    }

    @Test
    void problem_namesABadSubprotocol() {
        ConnectRequest request = request("ws://h/", List.of(), List.of(), List.of("chat v1"));
        assertTrue(request.problem().orElseThrow().startsWith("Subprotocol \"chat v1\""));
    }

    @Test
    void problem_ignoresDisabledRowsThatWouldBeWrong() {
        ConnectRequest request = request("ws://h/", List.of(new KeyValue(false, "Bad Name", "x\ny")),
                List.of(new KeyValue(false, "c", "a;b")), List.of());
        assertEquals(Optional.empty(), request.problem());
    }

    @Test
    void problem_ignoresABlankHeaderRowAsEnabledHeadersDo() {
        ConnectRequest request = request("ws://h/", List.of(KeyValue.of("", ""), KeyValue.of("A", "1")), List.of(), List.of());
        assertEquals(Optional.empty(), request.problem());
        ConnectRequest nameless = request("ws://h/", List.of(KeyValue.of("", "value")), List.of(), List.of());
        assertEquals(Optional.of("A header needs a name"), nameless.problem());
    }

    @Test
    void listsAreCopied_soTheRequestCannotChangeAfterwards() {
        List<KeyValue> headers = new ArrayList<>(List.of(KeyValue.of("A", "1")));
        ConnectRequest request = request("ws://h/", headers, List.of(), List.of());
        headers.add(KeyValue.of("B", "2"));
        assertEquals(1, request.headers().size());
        assertThrows(UnsupportedOperationException.class, () -> request.headers().add(KeyValue.of("C", "3")));
    }

    @Test
    void keyValue_turnsNullsIntoEmptyText() {
        KeyValue row = new KeyValue(true, null, null);
        assertEquals("", row.name());
        assertEquals("", row.value());
    }

    @Test
    void webAddresses_areSocketIosOnly() {
        ConnectRequest socketIo = ConnectRequest.of("http://127.0.0.1:3000/admin")
                .withOptions(ConnectOptions.defaults().withProtocol(ProtocolSetup.of(ProtocolKind.SOCKET_IO)));

        assertEquals(Optional.empty(), socketIo.problem());
        assertEquals("ws://127.0.0.1:3000/admin", socketIo.urlCheck().uri().toString()); // the window's host and port
        assertEquals(Optional.empty(), ConnectRequest.of("HTTPS://h/").withOptions(socketIo.options()).problem());
        assertEquals(Optional.of("The address has no valid host name after ws://"),
                ConnectRequest.of("http:///admin").withOptions(socketIo.options()).problem());
        assertTrue(ConnectRequest.of("http://127.0.0.1:3000/admin").problem().orElseThrow().startsWith("http:// is the web page scheme"));
    }
}
