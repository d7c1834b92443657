package dev.wscope.core.timeline;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** What WebSocket close codes mean (RFC 6455 §7.4 and the IANA registry) and which ones may be sent. */
public final class CloseCodes {
    /** A close frame holds 125 bytes; the code takes 2 of them. */
    public static final int MAX_REASON_BYTES = 123;

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(1000, "Normal closure: the purpose of the connection was fulfilled"),
            Map.entry(1001, "Going away: the server is shutting down or the client is leaving"),
            Map.entry(1002, "Protocol error: a peer received a frame it could not accept"),
            Map.entry(1003, "Unsupported data: a peer received a type of data it cannot take (e.g. binary)"),
            Map.entry(1004, "Reserved"),
            Map.entry(1005, "No status received: the close frame carried no code"),
            Map.entry(1006, "Abnormal closure: the connection dropped with no close frame"),
            Map.entry(1007, "Invalid payload data: e.g. text that is not valid UTF-8"),
            Map.entry(1008, "Policy violation: the message broke a rule of the server"),
            Map.entry(1009, "Message too big: a message exceeded the size the peer accepts"),
            Map.entry(1010, "Mandatory extension: the server did not negotiate an extension the client needs"),
            Map.entry(1011, "Internal error: the server met an unexpected condition"),
            Map.entry(1012, "Service restart: the server is restarting"),
            Map.entry(1013, "Try again later: the server is overloaded"),
            Map.entry(1014, "Bad gateway: a proxy received an invalid answer from upstream"),
            Map.entry(1015, "TLS handshake failure: the certificate could not be verified"));

    private CloseCodes() {
    }

    public static String meaning(int code) {
        String known = MEANINGS.get(code);
        if (known != null) {
            return known;
        }
        if (code >= 3000 && code <= 3999) {
            return "Registered for libraries and frameworks (IANA)";
        }
        if (code >= 4000 && code <= 4999) {
            return "Private use: defined by the application";
        }
        return "Not a valid close code";
    }

    /** The code's short name ("Normal closure", "Private use"): its meaning's words before the colon. */
    public static String name(int code) {
        String meaning = meaning(code);
        int colon = meaning.indexOf(':');
        return colon < 0 ? meaning : meaning.substring(0, colon);
    }

    /** Empty when a close frame may carry this code and reason; else what is wrong, in words. */
    public static Optional<String> checkSendable(int code, String reason) {
        boolean reserved = code == 1004 || code == 1005 || code == 1006 || code == 1015;
        boolean inRange = (code >= 1000 && code <= 1014) || (code >= 3000 && code <= 4999);
        if (reserved) {
            return Optional.of("Close code " + code + " is reserved and may not be sent in a close frame ("
                    + meaning(code) + ")");
        }
        if (!inRange) {
            return Optional.of("Close code " + code + " may not be sent: use 1000-1003, 1007-1014 or 3000-4999");
        }
        int bytes = reason == null ? 0 : reason.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_REASON_BYTES) {
            return Optional.of("The close reason is " + bytes + " bytes; a close frame holds at most "
                    + MAX_REASON_BYTES);
        }
        return Optional.empty();
    }
}
