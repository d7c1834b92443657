package dev.wscope.engine.doctor;

import dev.wscope.core.diagnosis.RawResponse;
import dev.wscope.core.http.HttpHeads;
import dev.wscope.core.timeline.Header;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads an HTTP/1.1 answer off a raw socket: status line, headers, and at most the first 4 KiB of the body. */
final class HttpResponseReader {
    static final int MAX_BODY = 4096;

    private HttpResponseReader() {
    }

    /** Status, headers and (unless 101) up to 4 KiB of body. Throws EOFException when the peer closed first. */
    static RawResponse read(InputStream in) throws IOException {
        RawResponse head = readHead(in);
        return head.status() == 101 ? head : new RawResponse(head.status(), head.reason(), head.headers(),
                readBody(in, head.header("Content-Length")));
    }

    /** Status line and headers only, leaving the stream at the first byte after them. */
    static RawResponse readHead(InputStream in) throws IOException {
        String[] lines = HttpHeads.readLines(in);
        if (lines == null) {
            throw new EOFException("the server closed the connection without answering");
        }
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: \"" + printable(lines[0]) + "\"");
        }
        List<Header> headers = HttpHeads.headers(lines);
        int code;
        try {
            code = Integer.parseInt(status[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status: \"" + printable(lines[0]) + "\"");
        }
        return new RawResponse(code, status.length > 2 ? status[2] : "", headers, "");
    }

    /** Up to 4 KiB: what Content-Length promises, or what comes before the peer closes or goes quiet. */
    private static String readBody(InputStream in, String contentLength) throws IOException {
        int limit = MAX_BODY;
        if (contentLength != null) {
            try {
                limit = (int) Math.min(MAX_BODY, Long.parseLong(contentLength.strip()));
            } catch (NumberFormatException e) {
                // a broken length: read what comes, up to the cap
            }
        }
        byte[] body = new byte[limit];
        int filled = 0;
        try {
            while (filled < limit) {
                int n = in.read(body, filled, limit - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
            }
        } catch (SocketTimeoutException e) {
            // the server sent part of a body and went quiet; show what came
        }
        return new String(body, 0, filled, StandardCharsets.UTF_8);
    }

    private static String printable(String line) {
        StringBuilder out = new StringBuilder();
        for (char c : line.substring(0, Math.min(line.length(), 80)).toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? c : '.');
        }
        return out.toString();
    }
}
