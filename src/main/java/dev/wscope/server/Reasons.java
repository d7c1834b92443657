package dev.wscope.server;

import java.util.Map;

/** Reason phrases for the statuses the test server answers with. */
final class Reasons {
    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(426, "Upgrade Required"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private Reasons() {
    }

    static String phrase(int status) {
        return PHRASES.getOrDefault(status, "Status " + status);
    }
}
