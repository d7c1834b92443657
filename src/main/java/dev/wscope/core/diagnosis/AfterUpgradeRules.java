package dev.wscope.core.diagnosis;

import dev.wscope.core.timeline.CloseCodes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the cause when a server accepts the upgrade (101) and then, before the client says anything, closes,
 * drops the connection, or writes something that is not WebSocket frames. Pure: the doctor reads, these judge.
 */
public final class AfterUpgradeRules {
    /** "subprotocol chat.v2 required", "protocol: graphql-ws": the token after the word. */
    private static final Pattern NAMED_PROTOCOL = Pattern.compile(
            "(?i)\\b(?:sub)?protocols?\\b\\s*[:=]?\\s*[\"']?([A-Za-z0-9][A-Za-z0-9._+/-]*[A-Za-z0-9])");
    private static final Set<String> NOT_A_NAME = Set.of("required", "is", "missing", "must", "not", "needed",
            "expected", "unsupported", "mismatch", "error", "none", "header", "version", "was", "please");

    private AfterUpgradeRules() {
    }

    /** The server sent a close frame at once; code 1005 when the frame carried none. */
    public static Diagnosis closedAtOnce(RawRequest request, int code, String reason, List<String> offered) {
        Optional<Diagnosis> socketIo = SocketIoAnswers.closedAtOnce(request, code);
        if (socketIo.isPresent()) {
            return socketIo.get();
        }
        String said = reason == null || reason.isEmpty() ? ", giving no reason" : " and the reason "
                + ServerWords.quote(reason);
        return new Diagnosis(Cause.CLOSED_AT_ONCE, "The server accepted the upgrade (101) and at once closed the"
                + " connection with " + code + " (" + CloseCodes.name(code) + ")" + said + ".",
                closeFix(code, reason == null ? "" : reason, offered));
    }

    /** The server dropped the TCP connection right after its 101, without a close frame. */
    public static Diagnosis dropped() {
        return new Diagnosis(Cause.CLOSED_AT_ONCE, "The server accepted the upgrade (101) and at once dropped the TCP"
                + " connection, with no close frame (a client reports 1006): the application took the connection and"
                + " then threw it away, or failed.",
                "Look at the server's log for this connection: a handler that refuses a client it has just accepted"
                        + " (a missing token, parameter or subprotocol) or that fails often ends the connection so.");
    }

    /** After its 101 the server sent these bytes (decoded as text), which are not WebSocket frames. */
    public static Diagnosis notFrames(RawRequest request, String bytes) {
        Optional<Diagnosis> socketIo = SocketIoAnswers.afterUpgrade(request, bytes);
        if (socketIo.isPresent()) {
            return socketIo.get();
        }
        if (bytes.startsWith("HTTP/1.")) {
            return new Diagnosis(Cause.NOT_WEBSOCKET_FRAMES, "The server answered 101 Switching Protocols and then wrote"
                    + " an HTTP answer into the connection instead of WebSocket frames: " + ServerWords.quote(bytes) + ".",
                    "The framework refused the connection after its WebSocket layer had accepted it: that HTTP answer"
                            + " says why. Change the request as it asks, or fix the server so that it refuses before the"
                            + " 101, or not at all.");
        }
        return new Diagnosis(Cause.NOT_WEBSOCKET_FRAMES, "After its 101 Switching Protocols the server sent bytes that are"
                + " not WebSocket frames: " + ServerWords.quote(bytes) + ". A client must fail such a connection"
                + " (RFC 6455, 5.2).", "Check what really answers on this address (a proxy, or a service that speaks"
                + " another protocol after the upgrade); its log for this connection says more.");
    }

    private static String closeFix(int code, String reason, List<String> offered) {
        if (ServerWords.mentions(reason, "protocol")) {
            Optional<String> named = namedProtocol(reason).filter(name -> !offered.contains(name));
            return named.map(name -> "Offer the subprotocol the reason names, " + name + " (Settings > Subprotocols, or"
                    + " --subprotocol " + name + ").").orElse("Offer the subprotocol the server expects (Settings >"
                    + " Subprotocols, or --subprotocol); its documentation names it.");
        }
        if (code == 1008 || ServerWords.mentions(reason, "token", "auth", "credential", "login", "session")) {
            return "The server's rules refused this client once connected: most often a missing or bad token (in the"
                    + " query, ?token=..., a cookie or an Authorization header) or an Origin it does not allow. Do what"
                    + " the reason says.";
        }
        if (code == 1011) {
            return "The server failed right after accepting the connection: look at its log for this connection.";
        }
        if (code == 1001 || code == 1012 || code == 1013) {
            return "The server is going away, restarting or overloaded: try again later.";
        }
        return "The server ends new connections on purpose: do what the reason says, or look in the server's code"
                + " for what it expects first (a parameter, a subprotocol, an authentication message).";
    }

    private static Optional<String> namedProtocol(String reason) {
        Matcher matcher = NAMED_PROTOCOL.matcher(reason);
        while (matcher.find()) {
            if (!NOT_A_NAME.contains(matcher.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }
}
