package dev.wscope.engine.doctor;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Reads a server's frames off the raw socket after its 101, for the doctor: each header is checked as RFC 6455
 * (5.2) has it, a control frame's payload is kept (a close frame's code and reason), a data frame's is skipped.
 * Bytes that cannot start a frame are kept as they came, to be quoted. Thread contract: the examining thread.
 */
final class ServerFrameReader {
    /** Enough of what follows a bad first byte to quote an HTTP status line and a short body. */
    static final int MAX_QUOTED = 512;

    /** What the next read found. */
    sealed interface Read permits Frame, NotFrames, Ended, Quiet {
    }

    /** A frame: its opcode, whether the server masked it, and a control frame's payload (empty for data). */
    record Frame(int opcode, boolean masked, byte[] controlPayload) implements Read {
        static final int TEXT = 0x1;
        static final int BINARY = 0x2;
        static final int CLOSE = 0x8;

        boolean close() {
            return opcode == CLOSE;
        }

        /** A close frame's status code: 1005 when it carries none (RFC 6455 7.1.5). */
        int closeCode() {
            return controlPayload.length < 2 ? 1005 : (controlPayload[0] & 0xff) << 8 | controlPayload[1] & 0xff;
        }

        String closeReason() {
            return controlPayload.length <= 2 ? "" : new String(controlPayload, 2, controlPayload.length - 2,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Bytes that are not a frame, from the first one that could not start a frame. */
    record NotFrames(byte[] bytes) implements Read {
    }

    /** The server closed (or reset) the TCP connection. */
    record Ended() implements Read {
    }

    /** Nothing (more) arrived in time. */
    record Quiet() implements Read {
    }

    private final Socket socket;
    private final InputStream in;
    private final boolean compressed;
    private boolean aligned = true;

    /** compressed: the 101 agreed permessage-deflate, whose frames may set RSV1. */
    ServerFrameReader(Socket socket, boolean compressed) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.compressed = compressed;
    }

    /**
     * The next frame, waiting for its first byte until startBy and for the rest of it until finishBy (both
     * System.nanoTime() values): a frame that has begun is read to its end, so the stream stays at a frame's start.
     */
    Read next(long startBy, long finishBy) {
        boolean begun = false;
        try {
            int first = read(startBy);
            if (first < 0) {
                return new Ended();
            }
            begun = true;
            int second = read(finishBy);
            if (second < 0) {
                return new Ended();
            }
            if (!startsAFrame(first, second)) {
                return new NotFrames(rest(first, second, finishBy));
            }
            int opcode = first & 0x0f;
            boolean masked = (second & 0x80) != 0;
            long length = length(second & 0x7f, finishBy);
            if (length < 0) {
                return new NotFrames(rest(first, second, finishBy));
            }
            if (masked) {
                skip(4, finishBy);
            }
            if (opcode >= Frame.CLOSE) {
                return new Frame(opcode, masked, readFully((int) length, finishBy));
            }
            skip(length, finishBy);
            return new Frame(opcode, masked, new byte[0]);
        } catch (SocketTimeoutException e) {
            aligned &= !begun;
            return new Quiet();
        } catch (IOException e) {
            return new Ended();
        }
    }

    /** Whether the stream is at the start of a frame: false once time ran out inside one. */
    boolean aligned() {
        return aligned;
    }

    /** RSV bits only with an agreed extension, a defined opcode, control frames unfragmented and short. */
    private boolean startsAFrame(int first, int second) {
        int rsv = first & 0x70;
        int opcode = first & 0x0f;
        boolean fin = (first & 0x80) != 0;
        if (rsv != 0 && !(compressed && rsv == 0x40)) {
            return false;
        }
        if (opcode >= Frame.CLOSE) {
            return opcode <= 0xA && fin && (second & 0x7f) <= 125;
        }
        return opcode <= Frame.BINARY;
    }

    /** The payload length; -1 when a 64-bit length has its top bit set, which RFC 6455 forbids. */
    private long length(int announced, long finishBy) throws IOException {
        if (announced < 126) {
            return announced;
        }
        byte[] extended = readFully(announced == 126 ? 2 : 8, finishBy);
        long length = 0;
        for (byte b : extended) {
            length = length << 8 | (b & 0xff);
        }
        return length;
    }

    /** The two bytes read and what follows within the time, up to MAX_QUOTED. */
    private byte[] rest(int first, int second, long finishBy) {
        ByteArrayOutputStream quoted = new ByteArrayOutputStream();
        quoted.write(first);
        quoted.write(second);
        try {
            byte[] chunk = new byte[MAX_QUOTED];
            while (quoted.size() < MAX_QUOTED) {
                socket.setSoTimeout(remaining(finishBy));
                int n = in.read(chunk, 0, MAX_QUOTED - quoted.size());
                if (n < 0) {
                    break;
                }
                quoted.write(chunk, 0, n);
            }
        } catch (IOException e) {
            // quiet or closed: quote what came
        }
        return quoted.toByteArray();
    }

    private int read(long by) throws IOException {
        socket.setSoTimeout(remaining(by));
        return in.read();
    }

    private byte[] readFully(int count, long by) throws IOException {
        byte[] bytes = new byte[count];
        int filled = 0;
        while (filled < count) {
            socket.setSoTimeout(remaining(by));
            int n = in.read(bytes, filled, count - filled);
            if (n < 0) {
                throw new EOFException("the connection closed inside a frame");
            }
            filled += n;
        }
        return bytes;
    }

    private void skip(long count, long by) throws IOException {
        byte[] scratch = new byte[8192];
        for (long left = count; left > 0; ) {
            socket.setSoTimeout(remaining(by));
            int n = in.read(scratch, 0, (int) Math.min(scratch.length, left));
            if (n < 0) {
                throw new EOFException("the connection closed inside a frame");
            }
            left -= n;
        }
    }

    /** Milliseconds until the deadline, at least 1 (0 would mean no timeout at all). */
    private static int remaining(long by) throws SocketTimeoutException {
        long millis = (by - System.nanoTime()) / 1_000_000;
        if (millis <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }
}
