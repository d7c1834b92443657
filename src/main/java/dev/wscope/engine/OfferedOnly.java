package dev.wscope.engine;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Extension;
import jakarta.websocket.server.HandshakeRequest;
import java.util.List;
import java.util.Optional;
import org.glassfish.tyrus.core.TyrusExtension;
import org.glassfish.tyrus.spi.UpgradeResponse;

/**
 * A 101 answer may choose only among what the request offered: a subprotocol or an extension the client did
 * not offer means it must fail the connection (RFC 6455 4.1). Tyrus takes any subprotocol the server names and
 * silently drops extensions it did not offer.
 */
final class OfferedOnly {
    private OfferedOnly() {
    }

    /** What the answer chose without its being offered, in words for the user; empty when it chose only what was offered. */
    static Optional<String> problem(ClientEndpointConfig config, UpgradeResponse response) {
        String subprotocol = response.getFirstHeaderValue(HandshakeRequest.SEC_WEBSOCKET_PROTOCOL);
        List<String> offeredSubprotocols = config.getPreferredSubprotocols();
        if (subprotocol != null && !subprotocol.isBlank() && !offeredSubprotocols.contains(subprotocol.strip())) {
            return Optional.of(refusal("the subprotocol \"" + subprotocol.strip() + "\"", offeredSubprotocols));
        }
        List<String> offeredExtensions = config.getExtensions().stream().map(Extension::getName).toList();
        List<String> headers = response.getHeaders().get(HandshakeRequest.SEC_WEBSOCKET_EXTENSIONS);
        return TyrusExtension.fromHeaders(headers == null ? List.of() : headers).stream().map(Extension::getName)
                .filter(name -> !offeredExtensions.contains(name)).findFirst()
                .map(name -> refusal("the extension \"" + name + "\"", offeredExtensions));
    }

    private static String refusal(String chosen, List<String> offered) {
        return "The server's 101 answer chose " + chosen + ", which Wscope did not offer (it offered "
                + (offered.isEmpty() ? "none" : String.join(", ", offered)) + "), so Wscope refused the connection"
                + " as RFC 6455 asks.";
    }
}
