package dev.wscope.engine;

import dev.wscope.core.timeline.EventText;
import jakarta.websocket.CloseReason;
import java.nio.ByteBuffer;

/**
 * Follows the frame headers in the server's byte stream, before Tyrus reads it, for what Tyrus would hide or
 * handle too late. A data frame announcing more than the message limit is refused at its header (Tyrus buffers
 * it first, then closes 1011 "Buffer overflow", or waits for ever when nothing follows the header), and so are
 * a masked frame, which a server must never send (Tyrus unmasks and delivers it), and a control frame that is
 * fragmented, flagged or over 125 bytes. The server's pings are taken out of the stream whole, so that Wscope,
 * not Tyrus, answers them (Tyrus answers them unseen and cannot be told not to); a close frame with no status
 * code is told, since Tyrus reports it as a protocol error of its own. Data payloads are skipped, not read or
 * copied. Thread contract: the connection's reading thread only.
 */
final class FrameHeaderScanner {
    /** What the scanner finds, in the order of the stream. */
    interface Sink {
        /** Bytes for Tyrus: whole or partial frames, everything but the pings. */
        void pass(ByteBuffer bytes);

        /** A whole ping from the server, after every byte before it was passed. */
        void ping(byte[] payload);

        /** The header of a close frame with no status code; the frame itself is passed on. */
        void closeWithoutCode();

        /** A frame to refuse, after the bytes before it were passed; nothing is scanned after it. */
        void refuse(CloseReason.CloseCode code, String message);
    }

    private static final int MAX_HEADER = 14;
    private static final int MAX_CONTROL_PAYLOAD = 125;
    private static final int OPCODE_CLOSE = 0x8;
    private static final int OPCODE_PING = 0x9;

    private final long limit;
    private final byte[] header = new byte[MAX_HEADER];
    private int headerBytes;
    private long payloadLeft;
    /** The ping being taken out of the stream, once its header is read; null otherwise. */
    private byte[] ping;
    /** True from a ping's first byte to its last: its bytes are not Tyrus's. */
    private boolean inPing;
    private boolean refused;
    /** True once the stream's first byte was read: only there can an HTTP answer start. */
    private boolean started;

    FrameHeaderScanner(long limit) {
        this.limit = limit;
    }

    /** Scans the bytes from the buffer's position to its limit, telling the sink; the buffer is left as it was. */
    void scan(ByteBuffer data, Sink sink) {
        int at = data.position();
        int passFrom = at;
        while (at < data.limit() && !refused) {
            if (payloadLeft > 0) {
                int skipped = (int) Math.min(payloadLeft, data.limit() - at);
                if (inPing) {
                    data.get(at, ping, ping.length - (int) payloadLeft, skipped);
                }
                at += skipped;
                payloadLeft -= skipped;
                if (payloadLeft == 0 && inPing) {
                    passFrom = endPing(at, sink);
                }
                continue;
            }
            int frameStart = at;
            if (!started) {
                started = true;
                String http = HttpInStream.answerAt(data, at);
                if (http != null) {
                    refused = true;
                    sink.refuse(CloseReason.CloseCodes.PROTOCOL_ERROR, HttpInStream.explain(http));
                    return;
                }
            }
            header[headerBytes++] = data.get(at++);
            if (headerBytes == 1 && opcode() == OPCODE_PING) {
                pass(data, passFrom, frameStart, sink);
                inPing = true;
            }
            Violation violation = violation();
            if (violation != null) {
                if (!inPing) {
                    pass(data, passFrom, at - headerBytes, sink);
                }
                refused = true;
                sink.refuse(violation.code(), violation.message());
                return;
            }
            if (headerBytes >= 2 && headerBytes == headerLength()) {
                payloadLeft = announcedLength();
                headerBytes = 0;
                if (inPing) {
                    ping = new byte[(int) payloadLeft];
                    if (payloadLeft == 0) {
                        passFrom = endPing(at, sink);
                    }
                } else if (opcode() == OPCODE_CLOSE && payloadLeft == 0) {
                    sink.closeWithoutCode();
                }
            }
        }
        if (!inPing && !refused) {
            pass(data, passFrom, at, sink);
        }
    }

    /** The ping is whole: the sink has it, and the stream goes on to Tyrus from here. */
    private int endPing(int at, Sink sink) {
        byte[] payload = ping;
        ping = null;
        inPing = false;
        sink.ping(payload);
        return at;
    }

    /** The whole buffer as it is when it all passes (the usual case: nothing made), else a slice of it. */
    private static void pass(ByteBuffer data, int from, int to, Sink sink) {
        if (from == data.position() && to == data.limit()) {
            sink.pass(data);
        } else if (to > from) {
            sink.pass(data.duplicate().limit(to).position(from));
        }
    }

    private record Violation(CloseReason.CloseCode code, String message) {
        static Violation protocol(String message) {
            return new Violation(CloseReason.CloseCodes.PROTOCOL_ERROR, message);
        }
    }

    /** What the header read so far already tells is wrong, or null. */
    private Violation violation() {
        boolean control = (opcode() & 0x08) != 0;
        if (headerBytes == 1 && control && (header[0] & 0xf0) != 0x80) {
            String how = (header[0] & 0x80) == 0 ? "in fragments, which RFC 6455 (5.5) forbids for control frames"
                    : "with reserved bits set (" + String.format("0x%02x", header[0] & 0x70) + "), which no extension"
                    + " allows on a control frame (RFC 6455 5.2, RFC 7692 6.1)";
            return Violation.protocol("The server sent a " + controlName() + " frame " + how
                    + ", so Wscope closed the connection (1002).");
        }
        if (headerBytes == 2 && (header[1] & 0x80) != 0) {
            return Violation.protocol("The server sent a masked frame, which RFC 6455 (5.1) forbids a server to"
                    + " send, so Wscope closed the connection (1002) without reading it.");
        }
        return headerBytes >= 2 && headerBytes == 2 + lengthBytes() ? lengthViolation(control) : null;
    }

    /** Checks the announced length, once all of it is read; words are made only for a violation. */
    private Violation lengthViolation(boolean control) {
        long length = announcedLength();
        boolean over = length < 0 || length > (control ? MAX_CONTROL_PAYLOAD : limit);
        if (!over) {
            return null;
        }
        String size = length < 0 ? Long.toUnsignedString(length) + " bytes" : length + " bytes";
        if (control) {
            return Violation.protocol("The server sent a " + controlName() + " frame of " + size + ", where RFC"
                    + " 6455 (5.5) allows at most 125, so Wscope closed the connection (1002) without reading it.");
        }
        return new Violation(CloseReason.CloseCodes.TOO_BIG, "The server announced a frame of " + size
                + (length < 0 ? "" : " (" + EventText.size(length) + ")") + ", over the limit of "
                + EventText.size(limit) + ", so Wscope closed the connection (1009) without reading it. Raise"
                + " the maximum message size to receive it.");
    }

    private int opcode() {
        return header[0] & 0x0f;
    }

    private String controlName() {
        return switch (opcode()) {
            case OPCODE_CLOSE -> "close";
            case OPCODE_PING -> "ping";
            case 0xA -> "pong";
            default -> "control (opcode " + opcode() + ")";
        };
    }

    private int lengthBytes() {
        int code = header[1] & 0x7f;
        return code == 126 ? 2 : code == 127 ? 8 : 0;
    }

    private int headerLength() {
        return 2 + lengthBytes() + ((header[1] & 0x80) != 0 ? 4 : 0);
    }

    private long announcedLength() {
        int extended = lengthBytes();
        if (extended == 0) {
            return header[1] & 0x7f;
        }
        long length = 0;
        for (int i = 0; i < extended; i++) {
            length = length << 8 | (header[2 + i] & 0xff);
        }
        return length;
    }
}
