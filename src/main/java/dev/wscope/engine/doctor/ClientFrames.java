package dev.wscope.engine.doctor;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** The one frame the doctor sends: a masked close frame (clients must mask, RFC 6455 §5.3). */
final class ClientFrames {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientFrames() {
    }

    static byte[] close(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + text.length];
        payload[0] = (byte) (code >>> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, text.length);
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        byte[] frame = new byte[2 + 4 + payload.length];
        frame[0] = (byte) 0x88;
        frame[1] = (byte) (0x80 | payload.length);
        System.arraycopy(mask, 0, frame, 2, 4);
        for (int i = 0; i < payload.length; i++) {
            frame[6 + i] = (byte) (payload[i] ^ mask[i & 3]);
        }
        return frame;
    }
}
