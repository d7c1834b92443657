package dev.wscope.core.request;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The Sec-WebSocket-Protocol list: comma-separated tokens, in order of preference. */
public final class Subprotocols {
    private Subprotocols() {
    }

    public static List<String> parse(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static Optional<String> check(List<String> subprotocols) {
        for (String protocol : subprotocols) {
            if (!HeaderRules.isToken(protocol)) {
                return Optional.of("Subprotocol \"" + protocol + "\" may hold only letters, digits and !#$%&'*+-.^_`|~");
            }
        }
        return Optional.empty();
    }
}
