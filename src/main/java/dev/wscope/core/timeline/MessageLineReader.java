package dev.wscope.core.timeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads a message's payload straight out of its line's bytes when the line has the layout EventLines and
 * Gson write (seq first, the "text" or "base64" string last), unescaping into the block being rebuilt: no
 * String, no JSON tree. Any other layout, or anything unusual (text that is not well-formed UTF-8, a lone
 * surrogate), is left to EventJsonReader, so both ways give the same bytes. Any thread.
 */
final class MessageLineReader {
    private static final byte[] START = "{\"seq\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEXT = ",\"text\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BASE64 = ",\"base64\":\"".getBytes(StandardCharsets.US_ASCII);

    private MessageLineReader() {
    }

    /** The payload written into out at `at`, and its length; -1 when the line must be parsed as JSON instead. */
    static int payload(byte[] line, int start, int end, byte[] out, int at) {
        if (end - start < START.length + 2 || !startsWith(line, start, START) || line[end - 1] != '}' || line[end - 2] != '"') {
            return -1;
        }
        int text = indexOf(line, start, end, TEXT);
        int base64 = indexOf(line, start, end, BASE64);
        if (text >= 0 && (base64 < 0 || text < base64)) {
            return text(line, text + TEXT.length, end - 2, out, at);
        }
        return base64 < 0 ? -1 : base64(line, base64 + BASE64.length, end - 2, out, at);
    }

    private static int text(byte[] line, int from, int close, byte[] out, int at) {
        int o = at;
        int i = from;
        while (i < close) {
            byte b = line[i];
            if (b == '"') {
                return -1; // the string ends before the line does: not the last field
            }
            if (b != '\\') {
                out[o++] = b;
                i++;
                continue;
            }
            if (i + 1 >= close) {
                return -1;
            }
            byte escaped = line[i + 1];
            if (escaped == 'u') {
                int code = hex(line, i + 2, close);
                i += 6;
                if (code >= 0xd800 && code <= 0xdbff) {
                    int low = i + 1 < close && line[i] == '\\' && line[i + 1] == 'u' ? hex(line, i + 2, close) : -1;
                    if (low < 0xdc00 || low > 0xdfff) {
                        return -1;
                    }
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                    i += 6;
                } else if (code < 0 || (code >= 0xdc00 && code <= 0xdfff)) {
                    return -1;
                }
                o = utf8(code, out, o);
                continue;
            }
            byte plain = switch (escaped) {
                case '"', '\\', '/' -> escaped;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> 0;
            };
            if (plain == 0) {
                return -1;
            }
            out[o++] = plain;
            i += 2;
        }
        return Utf8.valid(out, at, o - at) ? o - at : -1;
    }

    private static int base64(byte[] line, int from, int close, byte[] out, int at) {
        try {
            ByteBuffer decoded = Base64.getDecoder().decode(ByteBuffer.wrap(line, from, close - from));
            int length = decoded.remaining();
            decoded.get(out, at, length);
            return length;
        } catch (IllegalArgumentException e) {
            return -1; // an escaped character, say: the JSON reader will know
        }
    }

    private static int hex(byte[] line, int from, int close) {
        if (from + 4 > close) {
            return -1;
        }
        int code = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = Character.digit(line[i], 16);
            if (digit < 0) {
                return -1;
            }
            code = code << 4 | digit;
        }
        return code;
    }

    private static int utf8(int code, byte[] out, int o) {
        if (code < 0x80) {
            out[o++] = (byte) code;
        } else if (code < 0x800) {
            out[o++] = (byte) (0xc0 | code >> 6);
            out[o++] = (byte) (0x80 | (code & 0x3f));
        } else if (code < 0x10000) {
            out[o++] = (byte) (0xe0 | code >> 12);
            out[o++] = (byte) (0x80 | (code >> 6 & 0x3f));
            out[o++] = (byte) (0x80 | (code & 0x3f));
        } else {
            out[o++] = (byte) (0xf0 | code >> 18);
            out[o++] = (byte) (0x80 | (code >> 12 & 0x3f));
            out[o++] = (byte) (0x80 | (code >> 6 & 0x3f));
            out[o++] = (byte) (0x80 | (code & 0x3f));
        }
        return o;
    }

    private static boolean startsWith(byte[] line, int start, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (line[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] line, int start, int end, byte[] marker) {
        outer:
        for (int i = start; i <= end - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (line[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
