package dev.wscope.testing;

import dev.wscope.core.http.AcceptKey;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** What a scripted server sends as a WebSocket peer: a valid 101, then frames chosen byte for byte. */
public final class WebSocketReplies {
    private WebSocketReplies() {
    }

    /** A correct 101 answer to the request head, upgrade accepted with nothing negotiated. */
    public static String upgrade(String head) {
        return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                + AcceptKey.of(ScriptedHttpServer.header(head, "Sec-WebSocket-Key")) + "\r\n\r\n";
    }

    /** An unmasked, final text frame (under 126 bytes of payload), as ScriptedHttpServer's one-char-a-byte text. */
    public static String textFrame(String text) {
        return frame(0x81, text.getBytes(StandardCharsets.UTF_8));
    }

    /** An unmasked close frame with its code and reason. */
    public static String closeFrame(int code, String reason) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.write(code >> 8);
        payload.write(code & 0xff);
        payload.writeBytes(reason.getBytes(StandardCharsets.UTF_8));
        return frame(0x88, payload.toByteArray());
    }

    private static String frame(int firstByte, byte[] payload) {
        if (payload.length > 125) {
            throw new IllegalArgumentException("short frames only");
        }
        byte[] bytes = new byte[payload.length + 2];
        bytes[0] = (byte) firstByte;
        bytes[1] = (byte) payload.length;
        System.arraycopy(payload, 0, bytes, 2, payload.length);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
