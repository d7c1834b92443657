package dev.wscope.core.diagnosis;

import dev.wscope.core.timeline.Header;
import java.util.ArrayList;
import java.util.List;

/**
 * One change to the upgrade request that a differential probe sends on a fresh connection, so that the answer
 * it changes (or not) names the cause. Each kind tells one thing apart: the Origin check, a subprotocol the
 * server refuses, the version, the path, and whether the WebSocket headers reach the server at all.
 */
public record Variation(Kind kind, String value) {
    public enum Kind { OWN_ORIGIN, NO_ORIGIN, NO_SUBPROTOCOLS, VERSION_13, OTHER_PATH, NO_KEY }

    /** The step's name as the report shows it: "probe: Origin http://host:port", "probe: no Origin". */
    public String stepName() {
        return StepTable.PROBE_PREFIX + label();
    }

    /** The change in words: "Origin http://host:port", "no Origin". */
    public String label() {
        return switch (kind) {
            case OWN_ORIGIN -> "Origin " + value;
            case NO_ORIGIN -> "no Origin";
            case NO_SUBPROTOCOLS -> "no subprotocol";
            case VERSION_13 -> "version 13";
            case OTHER_PATH -> "path " + path();
            case NO_KEY -> "no Sec-WebSocket-Key";
        };
    }

    /** The other path without its query, so a token in the query stays out of the step's name. */
    public String path() {
        int query = value.indexOf('?');
        return query < 0 ? value : value.substring(0, query);
    }

    /** The same request with this one change. */
    public RawRequest applyTo(RawRequest request) {
        List<Header> headers = new ArrayList<>(request.headers());
        String line = request.line();
        switch (kind) {
            case OWN_ORIGIN -> replace(headers, "Origin", value);
            case NO_ORIGIN -> remove(headers, "Origin");
            case NO_SUBPROTOCOLS -> remove(headers, "Sec-WebSocket-Protocol");
            case VERSION_13 -> replace(headers, "Sec-WebSocket-Version", "13");
            case OTHER_PATH -> line = "GET " + value + " HTTP/1.1";
            case NO_KEY -> remove(headers, "Sec-WebSocket-Key");
        }
        return new RawRequest(line, headers);
    }

    private static void replace(List<Header> headers, String name, String value) {
        int at = indexOf(headers, name);
        if (at < 0) {
            headers.add(new Header(name, value));
        } else {
            headers.set(at, new Header(name, value));
        }
    }

    private static void remove(List<Header> headers, String name) {
        headers.removeIf(header -> header.name().equalsIgnoreCase(name));
    }

    private static int indexOf(List<Header> headers, String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
