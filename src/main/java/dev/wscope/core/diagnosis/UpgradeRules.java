package dev.wscope.core.diagnosis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Judges the answer to an upgrade request: healthy (empty), or the cause, in words, with the fix. Pure:
 * the doctor's probe gathers the facts, these rules name the cause.
 */
public final class UpgradeRules {
    /** Statuses a proxy passes on when the backend saw a plain request instead of an upgrade. */
    private static final Set<Integer> PLAIN_REQUEST_ANSWERS = Set.of(200, 400, 404, 405, 426);

    private UpgradeRules() {
    }

    public static Optional<Diagnosis> diagnose(RawRequest request, RawResponse response, List<String> offered,
                                               String expectedAccept) {
        int status = response.status();
        Optional<SeenProxy> seen = ProxySignature.identify(response);
        Optional<String> proxy = seen.filter(SeenProxy::certain).map(SeenProxy::description);
        if (status == 101) {
            return switchedProtocols(request, response, offered, expectedAccept);
        }
        Optional<Diagnosis> inTheirWords = TlsPortAnswer.diagnose(request, response)
                .or(() -> SocketIoAnswers.refusal(request, response));
        if (inTheirWords.isPresent()) {
            return inTheirWords;
        }
        if (status == 426 && response.header("Sec-WebSocket-Version") != null
                && !response.header("Sec-WebSocket-Version").contains("13")) {
            return Optional.of(new Diagnosis(Cause.VERSION_MISMATCH, "The server answered 426 and speaks WebSocket version "
                    + response.header("Sec-WebSocket-Version") + ", not version 13 (RFC 6455) that every client uses.",
                    "Upgrade the server to RFC 6455 (version 13); older drafts (hixie-76, hybi-10) are obsolete."));
        }
        if (status == 401) {
            String challenge = response.header("WWW-Authenticate");
            return Optional.of(new Diagnosis(Cause.UNAUTHORIZED, "The server refused the handshake with 401 Unauthorized:"
                    + " it wants credentials" + (challenge == null ? "." : " (WWW-Authenticate: " + challenge + ")."),
                    "Add the credentials the API expects: an Authorization header (e.g. Bearer TOKEN), a session"
                            + " cookie, or a token in the query (?token=...), which is where browser clients must put it."));
        }
        if (status == 403) {
            return Optional.of(ForbiddenAnswer.diagnose(request, response));
        }
        if (status >= 300 && status < 400) {
            String location = response.header("Location");
            return Optional.of(new Diagnosis(Cause.REDIRECT, "The server redirects (" + status + ") to "
                    + (location == null ? "an address it does not give" : location) + ".",
                    location == null ? "Ask the server's owners for the WebSocket address."
                            : "Connect to " + asWebSocket(location) + " instead, or turn on following redirects."));
        }
        if (seen.isPresent() && (status == 502 || status == 503 || status == 504)) {
            return Optional.of(new Diagnosis(Cause.SERVER_ERROR, "The reverse proxy (" + seen.get().description()
                    + ") answered " + status + " " + response.reason() + ": the backend behind it is down, refused the"
                    + " proxy, or was too slow.", ProxyFixes.backendDown(seen)));
        }
        boolean upgradeMissing = (status == 400 || status == 426) && mentions(response, "upgrade");
        if (proxy.isPresent() && PLAIN_REQUEST_ANSWERS.contains(status) || upgradeMissing) {
            return Optional.of(new Diagnosis(Cause.PROXY_DROPPED_UPGRADE, "The answer came from "
                    + proxy.map(name -> "a reverse proxy (" + name + ")").orElse("the server, which says the upgrade"
                    + " headers did not reach it,") + " and was " + status + " " + response.reason() + ", not 101 Switching Protocols:"
                    + " the proxy" + seen.filter(likely -> !likely.certain()).map(likely -> " (" + likely.description()
                    + ")").orElse("") + " is most likely not forwarding the Upgrade and Connection headers, so the backend saw"
                    + " a plain HTTP request" + backendSaw(response) + ". (A wrong path gives the same answer: check it too.)",
                    ProxyFixes.forwardUpgrade(seen)));
        }
        if (status >= 500) {
            return Optional.of(new Diagnosis(Cause.SERVER_ERROR, "The server failed with " + status + " " + response.reason()
                    + " while handling the upgrade.", "Look at the server's log for this request; the body is shown below."));
        }
        if (status == 404) {
            return Optional.of(new Diagnosis(Cause.NOT_FOUND, "The server answered 404 Not Found: it has no WebSocket"
                    + " endpoint at " + path(request) + ".", "Check the path (WebSocket endpoints often live at /ws,"
                    + " /socket, /cable or /graphql) and the server's routes." + traefikRouter(seen)));
        }
        if (status == 400 && (mentions(response, "subprotocol") || mentions(response, "sec-websocket-protocol"))) {
            return Optional.of(subprotocolMismatch(offered, "the server refused the handshake with 400 and speaks of a protocol"));
        }
        return Optional.of(new Diagnosis(Cause.NOT_UPGRADED, "The server answered " + status + " " + response.reason()
                + " instead of 101 Switching Protocols: this address serves plain HTTP, not WebSocket.",
                "Check the path and that the server's WebSocket route is enabled; the body below says what it served."));
    }

    /** Traefik's 404 for an address no router matches is Go's plain "404 page not found". */
    private static String traefikRouter(Optional<SeenProxy> seen) {
        return seen.filter(proxy -> proxy.kind() == ProxyKind.TRAEFIK).map(traefik -> "\nIf Traefik is in front (this"
                + " plain-text answer with no Server header is its own), no router matched: check the router's rule"
                + " (Host and PathPrefix) for this address.").orElse("");
    }

    private static Optional<Diagnosis> switchedProtocols(RawRequest request, RawResponse response, List<String> offered,
                                                         String expectedAccept) {
        String accept = response.header("Sec-WebSocket-Accept");
        if (expectedAccept != null && !expectedAccept.equals(accept == null ? null : accept.strip())) {
            return Optional.of(new Diagnosis(Cause.BAD_ACCEPT_KEY, "The server answered 101 but its Sec-WebSocket-Accept ("
                    + (accept == null ? "missing" : accept) + ") is not the one the key calls for (" + expectedAccept
                    + "): the server, or something in between, mangled the handshake, and clients must refuse it.",
                    "Fix the server's handshake (Accept = Base64(SHA-1(key + 258EAFA5-E914-47DA-95CA-C5AB0DC85B11))),"
                            + " or remove the proxy that rewrites it."));
        }
        String chosen = response.header("Sec-WebSocket-Protocol");
        boolean offeredSome = !offered.isEmpty();
        if (chosen != null && !offered.contains(chosen.strip())) {
            return Optional.of(subprotocolMismatch(offered, "the server chose \"" + chosen + "\", which was not offered"));
        }
        if (chosen == null && offeredSome) {
            return Optional.of(subprotocolMismatch(offered, "the server accepted none of them"));
        }
        return unofferedExtension(extensionNames(request.header("Sec-WebSocket-Extensions")),
                extensionNames(response.header("Sec-WebSocket-Extensions")));
    }

    /** RFC 6455 4.1: a client must fail the connection when the 101 names an extension it did not offer. */
    private static Optional<Diagnosis> unofferedExtension(List<String> offered, List<String> chosen) {
        return chosen.stream().filter(name -> !offered.contains(name)).findFirst().map(name -> new Diagnosis(
                Cause.EXTENSION_MISMATCH, "The server answered 101 with the extension \"" + name + "\", which Wscope"
                + " did not offer (it offered " + (offered.isEmpty() ? "none" : String.join(", ", offered))
                + "): a client must refuse such an answer (RFC 6455, 4.1).",
                "Fix the server (or the proxy in front of it) so it answers with only the extensions the client offers;"
                        + " to use permessage-deflate, offer it (Settings > Offer permessage-deflate, or --deflate)."));
    }

    /** The extension names in a Sec-WebSocket-Extensions value ("permessage-deflate; client_max_window_bits, x"). */
    private static List<String> extensionNames(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        return Arrays.stream(header.split(",")).map(extension -> extension.split(";")[0].strip())
                .filter(name -> !name.isEmpty()).toList();
    }

    private static Diagnosis subprotocolMismatch(List<String> offered, String what) {
        String asked = offered.isEmpty() ? "no subprotocol" : "the subprotocols " + String.join(", ", offered);
        return new Diagnosis(Cause.SUBPROTOCOL_MISMATCH, "Wscope offered " + asked + "; " + what + ".",
                "Offer the subprotocol the server expects (Settings > Subprotocols, or --subprotocol), e.g."
                        + " graphql-transport-ws, mqtt or v12.stomp; the server's documentation names it.");
    }

    /** What a `wscope serve` backend reported seeing, when its 426 body came back through the proxy. */
    private static String backendSaw(RawResponse response) {
        String body = response.body();
        int at = body == null ? -1 : body.indexOf("\"requestLine\"");
        if (at < 0) {
            return "";
        }
        int start = body.indexOf('"', body.indexOf(':', at)) + 1;
        int end = body.indexOf('"', start);
        return start > 0 && end > start ? " (the backend received \"" + body.substring(start, end) + "\")" : "";
    }

    private static boolean mentions(RawResponse response, String word) {
        return response.body() != null && response.body().toLowerCase(Locale.ROOT).contains(word);
    }

    /** The first value of a request header, any case; null when absent. */
    /** The request target of the request line: path and query. */
    static String path(RawRequest request) {
        String[] parts = request.line().split(" ");
        return parts.length > 1 ? parts[1] : "/";
    }

    private static String asWebSocket(String location) {
        return location.replaceFirst("^http://", "ws://").replaceFirst("^https://", "wss://");
    }
}
