package dev.wscope.server;

import dev.wscope.core.http.HttpHeads;
import dev.wscope.core.timeline.Header;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The request line and headers of an HTTP/1.1 request, exactly as received (names as written, in order). */
record HttpHead(String requestLine, String method, String target, List<Header> headers) {
    /** Reads up to the blank line; returns null when the peer closed before sending anything. */
    static HttpHead read(InputStream in) throws IOException {
        String[] lines = HttpHeads.readLines(in);
        if (lines == null) {
            return null;
        }
        String[] parts = lines[0].split(" ");
        List<Header> headers = HttpHeads.headers(lines);
        return new HttpHead(lines[0], parts[0], parts.length > 1 ? parts[1] : "/", headers);
    }

    /** The first value of a header, matched without regard to case; null when absent. */
    String header(String name) {
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return header.value();
            }
        }
        return null;
    }

    boolean headerHasToken(String name, String token) {
        String value = header(name);
        if (value == null) {
            return false;
        }
        for (String part : value.split(",")) {
            if (part.strip().toLowerCase(Locale.ROOT).equals(token)) {
                return true;
            }
        }
        return false;
    }

    String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The value of one query parameter, or the fallback. */
    String param(String name, String fallback) {
        int query = target.indexOf('?');
        if (query < 0) {
            return fallback;
        }
        for (String pair : target.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return fallback;
    }
}
