package dev.wscope.engine;

import dev.wscope.core.diagnosis.SocketIoAnswers;
import dev.wscope.core.text.ControlChars;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP answer written into the connection after the 101, where WebSocket frames belong: engine.io (Socket.IO)
 * writes "HTTP/1.1 400 ... Unsupported protocol version" so to a client of another protocol version. Read as a
 * frame, its "H" is a fragmented close frame, and the user would be told of a protocol error that is not there.
 */
final class HttpInStream {
    private static final byte[] START = "HTTP/".getBytes(StandardCharsets.US_ASCII);
    /** Enough for a status line, a few headers and a short body. */
    private static final int QUOTED = 200;

    private HttpInStream() {
    }

    /** The text from at on, when it starts an HTTP answer; null otherwise. */
    static String answerAt(ByteBuffer data, int at) {
        if (data.limit() - at < START.length) {
            return null;
        }
        for (int i = 0; i < START.length; i++) {
            if (data.get(at + i) != START[i]) {
                return null;
            }
        }
        byte[] text = new byte[Math.min(QUOTED, data.limit() - at)];
        data.get(at, text);
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    static String explain(String answer) {
        String oneLine = answer.replaceAll("\\s*\\r?\\n\\s*", " ").strip();
        return "The server answered the upgrade with 101, then wrote an HTTP answer into the connection instead of"
                + " WebSocket frames (\"" + ControlChars.escape(oneLine) + (answer.length() >= QUOTED ? "…" : "")
                + "\"), so Wscope closed it (1002). Diagnose names the cause: a Socket.IO server does this to a client"
                + " of an Engine.IO version it does not speak (it expects " + SocketIoAnswers.QUERY + ").";
    }
}
