package dev.wscope.core.http;

import dev.wscope.core.timeline.Header;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The head of an HTTP/1.1 message (start line and headers) read off a raw stream, as the test server and the doctor need it. */
public final class HttpHeads {
    static final int MAX_HEAD_BYTES = 64 * 1024;

    private HttpHeads() {
    }

    /**
     * The lines up to the blank one, or null when the peer closed before sending a byte. Throws
     * EOFException when it closed in the middle, and IOException past 64 KiB.
     */
    public static String[] readLines(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new EOFException("the connection closed in the middle of the HTTP head");
            }
            head.write(b);
            last4 = last4 << 8 | b;
            if (head.size() > MAX_HEAD_BYTES) {
                throw new IOException("HTTP headers larger than 64 KiB");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    }

    /** The headers of a head's lines (all but the first), names as written, values trimmed, in order. */
    public static List<Header> headers(String[] lines) {
        List<Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new Header(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()));
            }
        }
        return headers;
    }
}
