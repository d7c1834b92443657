package dev.wscope.server;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;

/** Reads client frames and writes server frames (unmasked, as RFC 6455 §5.1 wants from a server). */
final class FrameIo {
    /** The server refuses larger frames rather than run out of memory. */
    static final long MAX_FRAME_BYTES = 256L * 1024 * 1024;

    private FrameIo() {
    }

    static Frame read(DataInputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            throw new EOFException("the client closed the socket");
        }
        int second = in.readUnsignedByte();
        boolean masked = (second & 0x80) != 0;
        long length = second & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        if (length < 0 || length > MAX_FRAME_BYTES) {
            throw new IOException("frame of " + length + " bytes is over the server's limit");
        }
        byte[] mask = new byte[4];
        if (masked) {
            in.readFully(mask);
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        if (masked) {
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
        }
        return new Frame((first & 0x80) != 0, first & 0x0f, payload);
    }

    static void write(OutputStream out, int opcode, byte[] payload) throws IOException {
        write(out, opcode, payload, 0, payload.length);
    }

    static void write(OutputStream out, int opcode, byte[] payload, int offset, int length) throws IOException {
        out.write(0x80 | opcode);
        if (length < 126) {
            out.write(length);
        } else if (length < 65536) {
            out.write(126);
            out.write(length >>> 8);
            out.write(length);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) length >>> shift));
            }
        }
        out.write(payload, offset, length);
    }

    static byte[] closePayload(int code, String reason) {
        byte[] text = reason.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + text.length];
        payload[0] = (byte) (code >>> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, text.length);
        return payload;
    }
}
