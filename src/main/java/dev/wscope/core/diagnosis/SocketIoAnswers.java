package dev.wscope.core.diagnosis;

import dev.wscope.core.request.KeyValue;
import dev.wscope.core.request.QueryString;
import dev.wscope.core.timeline.CloseCodes;
import java.util.Optional;

/**
 * How Socket.IO's transport layer (engine.io) answers a WebSocket request without the query it expects, as
 * measured with socket.io 4.8: without a known `transport` it refuses with 400 "Transport unknown"; with a
 * `sid` it does not know, 400 "Session ID unknown"; with `transport=polling` it sends the 101 and at once a
 * close frame without a code; with another `EIO` than it speaks it sends the 101, then writes
 * "HTTP/1.1 400 ... Unsupported protocol version" into the connection.
 */
public final class SocketIoAnswers {
    /** What Socket.IO 3 and 4 servers (engine.io protocol 4) expect of a WebSocket client. */
    public static final String QUERY = "?EIO=4&transport=websocket";
    private static final String TRANSPORT_UNKNOWN = "Transport unknown";
    private static final String SESSION_UNKNOWN = "Session ID unknown";
    private static final String UNSUPPORTED_VERSION = "Unsupported protocol version";

    private SocketIoAnswers() {
    }

    /** A 400 whose body (text or engine.io's JSON) is engine.io's "Transport unknown" or "Session ID unknown". */
    static Optional<Diagnosis> refusal(RawRequest request, RawResponse response) {
        String body = response.status() == 400 && response.body() != null ? response.body() : "";
        if (body.contains(TRANSPORT_UNKNOWN)) {
            return Optional.of(new Diagnosis(Cause.SOCKET_IO_HANDSHAKE, "The server answered 400 "
                    + ServerWords.quote(TRANSPORT_UNKNOWN) + ": that is Socket.IO (engine.io) refusing a request without"
                    + " its query, not a missing WebSocket endpoint. Socket.IO expects " + expected(request) + ".",
                    fix(request)));
        }
        if (body.contains(SESSION_UNKNOWN)) {
            return Optional.of(new Diagnosis(Cause.SOCKET_IO_HANDSHAKE, "The server answered 400 "
                    + ServerWords.quote(SESSION_UNKNOWN) + ": Socket.IO (engine.io) has no session sid="
                    + query(request, "sid") + ". A session belongs to the one connection the server opened it for, and"
                    + " ends with it.", "Leave sid out: connect to " + expected(request) + " and the server opens a new"
                    + " session (its first message, 0{\"sid\":...}, names it)."));
        }
        return Optional.empty();
    }

    /** A close frame right after the 101 to a Socket.IO request for another transport than websocket. */
    static Optional<Diagnosis> closedAtOnce(RawRequest request, int code) {
        String transport = query(request, "transport");
        if (query(request, "EIO") == null || transport == null || transport.equals("websocket")) {
            return Optional.empty();
        }
        return Optional.of(new Diagnosis(Cause.SOCKET_IO_HANDSHAKE, "This is a Socket.IO server (engine.io): it accepted"
                + " the upgrade (101) and at once closed the connection with " + code + " (" + CloseCodes.name(code)
                + "), because the request asked for transport=" + transport + " over a WebSocket.", fix(request)));
    }

    /** The bytes after a 101 are engine.io's HTTP 400 "Unsupported protocol version". */
    static Optional<Diagnosis> afterUpgrade(RawRequest request, String bytes) {
        if (!bytes.contains(UNSUPPORTED_VERSION)) {
            return Optional.empty();
        }
        String asked = query(request, "EIO");
        return Optional.of(new Diagnosis(Cause.SOCKET_IO_HANDSHAKE, "This is a Socket.IO server (engine.io): it"
                + " accepted the upgrade (101), then wrote " + ServerWords.quote(bytes) + " into the connection instead"
                + " of WebSocket frames, because the request asked for " + (asked == null
                ? "no engine.io protocol version (EIO)" : "engine.io protocol EIO=" + asked) + ", which it does not speak.",
                fix(request)));
    }

    private static String fix(RawRequest request) {
        return "Connect to " + expected(request) + ": Socket.IO 3 and 4 servers speak engine.io protocol 4 (EIO=4),"
                + " Socket.IO 2 servers EIO=3 (a Socket.IO 4 server takes EIO=3 only with allowEIO3: true). Once open,"
                + " the server speaks Socket.IO packets (it sends 0{\"sid\":...}; send 40 to join the main namespace).";
    }

    /** The request's path with Socket.IO's query in place of its own. */
    private static String expected(RawRequest request) {
        String path = UpgradeRules.path(request);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        return (path.endsWith("/") ? path : path + "/") + QUERY;
    }

    private static String query(RawRequest request, String name) {
        return QueryString.paramsOf(UpgradeRules.path(request)).stream().filter(param -> param.name().equals(name))
                .map(KeyValue::value).findFirst().orElse(null);
    }
}
