package dev.wscope.protocol.stomp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One STOMP frame: its command, its headers in the order they came (the first of a repeated header wins, as STOMP
 * 1.2 says) and its body. Reads and writes the bytes of one WebSocket message; a frame ends with NUL, and the
 * end-of-lines after it (RabbitMQ sends "\0\n") are keep-alive padding.
 */
public record StompFrame(String command, Map<String, String> headers, String body) {
    /** The commands of STOMP 1.0-1.2, client's and server's: anything else is not a STOMP frame. */
    static final Set<String> COMMANDS = Set.of("CONNECT", "STOMP", "CONNECTED", "SEND", "SUBSCRIBE", "UNSUBSCRIBE",
            "ACK", "NACK", "BEGIN", "COMMIT", "ABORT", "DISCONNECT", "MESSAGE", "RECEIPT", "ERROR");

    public StompFrame {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? "" : body;
    }

    public static StompFrame of(String command, Map<String, String> headers) {
        return new StompFrame(command, headers, "");
    }

    /** A header's value, if the frame has it. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** True for a heart-beat: a message of end-of-lines only. */
    static boolean isHeartbeat(byte[] payload) {
        if (payload.length == 0) {
            return false;
        }
        for (byte b : payload) {
            if (b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The frame in the message; empty when the message is not a whole STOMP frame (an unknown command, no NUL). */
    public static Optional<StompFrame> parse(byte[] payload) {
        int start = 0;
        while (start < payload.length && (payload[start] == '\n' || payload[start] == '\r')) {
            start++; // heart-beats may precede a frame
        }
        int headEnd = headEnd(payload, start);
        if (headEnd < 0) {
            return Optional.empty();
        }
        String[] lines = new String(payload, start, headEnd - start, StandardCharsets.UTF_8).split("\r?\n", -1);
        String command = lines[0];
        if (!COMMANDS.contains(command)) {
            return Optional.empty();
        }
        // CONNECT and CONNECTED are never escaped (STOMP 1.2, "Value Encoding"), so that a 1.0 server reads them
        boolean escaped = !command.equals("CONNECT") && !command.equals("CONNECTED");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String value = line.substring(colon + 1);
            headers.putIfAbsent(HeaderEscaping.unescape(line.substring(0, colon), escaped),
                    HeaderEscaping.unescape(value, escaped));
        }
        int bodyStart = headEnd + (payload[headEnd] == '\r' ? 4 : 2);
        int bodyEnd = bodyEnd(payload, bodyStart, headers.get("content-length"));
        if (bodyEnd < 0) {
            return Optional.empty();
        }
        return Optional.of(new StompFrame(command, headers, new String(payload, bodyStart, bodyEnd - bodyStart, StandardCharsets.UTF_8)));
    }

    /** Where the blank line ending the headers starts (its first EOL), or -1. */
    private static int headEnd(byte[] payload, int from) {
        for (int i = from; i < payload.length; i++) {
            if (payload[i] == '\n' && i + 1 < payload.length && payload[i + 1] == '\n') {
                return i;
            }
            if (payload[i] == '\r' && i + 3 < payload.length && payload[i + 1] == '\n' && payload[i + 2] == '\r'
                    && payload[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Where the body ends: content-length bytes on, or at the first NUL; -1 when no NUL ends it there. */
    private static int bodyEnd(byte[] payload, int bodyStart, String contentLength) {
        if (contentLength != null) {
            try {
                int end = bodyStart + Integer.parseInt(contentLength.trim());
                return end >= bodyStart && end < payload.length && payload[end] == 0 ? end : -1;
            } catch (NumberFormatException notANumber) {
                // the NUL ends it, as without the header
            }
        }
        for (int i = bodyStart; i < payload.length; i++) {
            if (payload[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The frame as it goes out, escaped as the version wants (1.0 not at all; CONNECT never); the body's
     * content-length is the caller's to set.
     */
    public String encode(StompVersion version) {
        boolean escaped = version != StompVersion.V1_0 && !command.equals("CONNECT") && !command.equals("STOMP");
        StringBuilder frame = new StringBuilder(command).append('\n');
        headers.forEach((name, value) -> frame.append(HeaderEscaping.escape(name, escaped, version))
                .append(':').append(HeaderEscaping.escape(value, escaped, version)).append('\n'));
        return frame.append('\n').append(body).append('\0').toString();
    }
}
