package dev.wscope.engine;

import dev.wscope.core.timeline.EventText;
import jakarta.websocket.CloseReason;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Follows the frame headers in the server's byte stream, before Tyrus reads it, for what must be refused
 * the moment a header says so: a data frame announcing more than the message limit (Tyrus buffers it first,
 * then closes 1011 "Buffer overflow", or waits for ever when nothing follows the header) and a masked frame,
 * which a server must never send (Tyrus unmasks and delivers it). Payloads are
 * skipped, not read. Thread contract: the connection's reading thread only.
 */
final class FrameHeaderScanner {
    /** A frame to refuse: where it starts in the buffer scanned, the close code, and the sentence for the timeline. */
    record Violation(int frameStart, CloseReason.CloseCode code, String message) {
    }

    private static final int MAX_HEADER = 14;

    private final long limit;
    private final byte[] header = new byte[MAX_HEADER];
    private int headerBytes;
    private long payloadLeft;

    FrameHeaderScanner(long limit) {
        this.limit = limit;
    }

    /** The first frame in these bytes to refuse, if any; the buffer's position is left as it was. */
    Optional<Violation> scan(ByteBuffer data) {
        int at = data.position();
        int frameStart = at;
        while (at < data.limit()) {
            if (payloadLeft > 0) {
                int skipped = (int) Math.min(payloadLeft, data.limit() - at);
                at += skipped;
                payloadLeft -= skipped;
                continue;
            }
            if (headerBytes == 0) {
                frameStart = at;
            }
            header[headerBytes++] = data.get(at++);
            Optional<Violation> violation = check(frameStart);
            if (violation.isPresent()) {
                return violation;
            }
            if (headerBytes >= 2 && headerBytes == headerLength()) {
                payloadLeft = announcedLength();
                headerBytes = 0;
            }
        }
        return Optional.empty();
    }

    /** Checks what the header read so far already tells. */
    private Optional<Violation> check(int frameStart) {
        if (headerBytes == 2 && (header[1] & 0x80) != 0) {
            return Optional.of(new Violation(frameStart, CloseReason.CloseCodes.PROTOCOL_ERROR, "The server sent a"
                    + " masked frame, which RFC 6455 (5.1) forbids a server to send, so Wscope closed the connection"
                    + " (1002) without reading it."));
        }
        boolean control = (header[0] & 0x08) != 0;
        if (headerBytes > 2 && headerBytes == 2 + lengthBytes() && !control) {
            long length = announcedLength();
            if (length < 0 || length > limit) {
                String size = length < 0 ? Long.toUnsignedString(length) + " bytes" : length + " bytes ("
                        + EventText.size(length) + ")";
                return Optional.of(new Violation(frameStart, CloseReason.CloseCodes.TOO_BIG, "The server announced a"
                        + " frame of " + size + ", over the limit of " + EventText.size(limit) + ", so Wscope closed the"
                        + " connection (1009) without reading it. Raise the maximum message size to receive it."));
            }
        }
        return Optional.empty();
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
