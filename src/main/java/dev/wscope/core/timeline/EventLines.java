package dev.wscope.core.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Entries as NDJSON lines (CONTRACT.md's session timeline), gathered as UTF-8 bytes. Messages, nearly all of a
 * stream, are written straight from their payload bytes, escaped exactly as Gson escapes them, so a spill or a
 * save of a million costs no String and no JSON tree per message; other events go through EventJson.
 * A text payload that is not well-formed UTF-8 is written as base64 (format still "text"), so that reading it
 * back gives the very bytes. Thread contract: one thread at a time.
 */
public final class EventLines {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** Bytes escaped between two checks of the room left. */
    private static final int ESCAPE_RUN = 8192;
    private byte[] buffer = new byte[64 * 1024];
    private int size;
    private long second = Long.MIN_VALUE;
    private byte[] secondText;

    /** Adds one entry as one line, with its line end. */
    public void add(TimelineEntry entry) {
        if (entry.event() instanceof TimelineEvent.Message message) {
            byte[] payload = message.payload();
            message(entry.seq(), entry.epochMillis(), message.direction(), message.binary(), payload, 0, payload.length);
        } else {
            ascii(EventJson.line(entry).getBytes(StandardCharsets.UTF_8));
            put((byte) '\n');
        }
    }

    void message(long seq, long millis, Direction direction, boolean binary, byte[] bytes, int offset, int length) {
        ascii("{\"seq\":");
        number(seq);
        ascii(",\"time\":\"");
        time(millis);
        ascii(direction == Direction.OUT ? "\",\"kind\":\"sent\",\"format\":\"" : "\",\"kind\":\"received\",\"format\":\"");
        ascii(binary ? "binary\",\"size\":" : "text\",\"size\":");
        number(length);
        if (!binary && Utf8.valid(bytes, offset, length)) {
            ascii(",\"text\":\"");
            escaped(bytes, offset, length);
        } else {
            ascii(",\"base64\":\"");
            ascii(Base64.getEncoder().encode(ByteBuffer.wrap(bytes, offset, length)).array());
        }
        ascii("\"}\n");
    }

    /** The one line of a message entry, without its line end. */
    static String messageLine(TimelineEntry entry) {
        EventLines line = new EventLines();
        line.add(entry);
        return new String(line.buffer, 0, line.size - 1, StandardCharsets.UTF_8);
    }

    public int size() {
        return size;
    }

    /** The gathered bytes: valid up to {@link #size()}. */
    byte[] bytes() {
        return buffer;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(buffer, 0, size);
    }

    public void clear() {
        size = 0;
    }

    /** As Gson's JsonWriter: quote, backslash and control characters escaped, and U+2028/U+2029 (E2 80 A8/A9). */
    private void escaped(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int from = offset;
        while (from < end) {
            ensure(ESCAPE_RUN * 6 + 6); // an escape is at most 6 bytes a byte
            from = escapedRun(bytes, from, Math.min(end, from + ESCAPE_RUN), end);
        }
    }

    /** Escapes from `from` to at least `to` (a three-byte character is not split) and returns where it stopped. */
    private int escapedRun(byte[] bytes, int from, int to, int end) {
        byte[] out = buffer;
        int at = size;
        int i = from;
        for (; i < to; i++) {
            byte b = bytes[i];
            if (b >= 0x20 && b != '"' && b != '\\') {
                out[at++] = b;
            } else if (b < 0) {
                if (b == (byte) 0xe2 && i + 2 < end && bytes[i + 1] == (byte) 0x80
                        && (bytes[i + 2] == (byte) 0xa8 || bytes[i + 2] == (byte) 0xa9)) {
                    at = unicodeEscape(out, at, bytes[i + 2] == (byte) 0xa8 ? 0x2028 : 0x2029);
                    i += 2;
                } else {
                    out[at++] = b;
                }
            } else {
                at = shortEscape(out, at, b);
            }
        }
        size = at;
        return i;
    }

    private static int shortEscape(byte[] out, int at, byte b) {
        char replacement = switch (b) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\t' -> 't';
            case '\b' -> 'b';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case '\f' -> 'f';
            default -> 0;
        };
        if (replacement == 0) {
            return unicodeEscape(out, at, b);
        }
        out[at] = '\\';
        out[at + 1] = (byte) replacement;
        return at + 2;
    }

    private static int unicodeEscape(byte[] out, int at, int code) {
        out[at] = '\\';
        out[at + 1] = 'u';
        for (int k = 0; k < 4; k++) {
            out[at + 2 + k] = HEX[(code >> (12 - 4 * k)) & 0xf];
        }
        return at + 6;
    }

    /** EventJson's time form, with the part up to the second made once a second rather than once a line. */
    private void time(long millis) {
        long now = Math.floorDiv(millis, 1000);
        if (now != second) {
            second = now;
            secondText = EventJson.time(now * 1000).substring(0, 20).getBytes(StandardCharsets.US_ASCII);
        }
        ascii(secondText);
        int milli = (int) Math.floorMod(millis, 1000);
        put((byte) ('0' + milli / 100));
        put((byte) ('0' + milli / 10 % 10));
        put((byte) ('0' + milli % 10));
        put((byte) 'Z');
    }

    private void number(long value) {
        ascii(Long.toString(value));
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
    }

    private void ascii(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    private void put(byte b) {
        ensure(1);
        buffer[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
