package dev.wscope.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubprotocolsTest {
    @Test
    void parse_splitsOnCommasTrimsAndKeepsOrder() {
        assertEquals(List.of("graphql-transport-ws", "graphql-ws", "v1.chat"),
                Subprotocols.parse(" graphql-transport-ws ,graphql-ws,  v1.chat "));
    }

    @Test
    void parse_dropsEmptyEntries() {
        assertEquals(List.of("a", "b"), Subprotocols.parse(",a,, ,b,"));
        assertEquals(List.of(), Subprotocols.parse(""));
        assertEquals(List.of(), Subprotocols.parse("  "));
    }

    @Test
    void check_acceptsTokens() {
        assertEquals(Optional.empty(), Subprotocols.check(List.of("mqtt", "v12.stomp", "wamp.2.json", "x_y~z")));
        assertEquals(Optional.empty(), Subprotocols.check(List.of()));
    }

    @Test
    void check_refusesTheFirstNonToken() {
        assertEquals("Subprotocol \"a/b\" may hold only letters, digits and !#$%&'*+-.^_`|~",
                Subprotocols.check(List.of("ok", "a/b", "c d")).orElseThrow());
        assertTrue(Subprotocols.check(List.of("")).isPresent(), "an empty name is not a token");
    }
}
