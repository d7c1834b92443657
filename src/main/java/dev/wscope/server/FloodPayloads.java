package dev.wscope.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The messages of /flood: fixed text or bytes, or JSON objects carrying their sequence number. */
final class FloodPayloads {
    private final boolean json;
    private final int size;
    private final byte[] fixed;

    FloodPayloads(String mode, int size) {
        this(mode, size, new byte[size]);
        if ("binary".equals(mode)) {
            for (int i = 0; i < size; i++) {
                fixed[i] = (byte) i;
            }
        } else {
            Arrays.fill(fixed, (byte) 'x');
        }
    }

    private FloodPayloads(String mode, int size, byte[] fixed) {
        this.json = "json".equals(mode);
        this.size = size;
        this.fixed = fixed;
    }

    /** The same message every time, as given (mode=socket.io's events). */
    static FloodPayloads fixed(byte[] message) {
        return new FloodPayloads("fixed", message.length, message);
    }

    /** The i-th message (zero-based); JSON ones are padded to the asked size where it allows. */
    byte[] next(int i) {
        if (!json) {
            return fixed;
        }
        String head = "{\"seq\":" + i + ",\"data\":\"";
        int padding = Math.max(0, size - head.length() - 2);
        byte[] bytes = new byte[head.length() + padding + 2];
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(headBytes, 0, bytes, 0, headBytes.length);
        Arrays.fill(bytes, headBytes.length, headBytes.length + padding, (byte) 'x');
        bytes[bytes.length - 2] = '"';
        bytes[bytes.length - 1] = '}';
        return bytes;
    }
}
