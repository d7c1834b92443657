package dev.wscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameHeaderScannerTest {
    private static final byte[] TEXT_300 = frame(0x81, 300);

    /** A frame of that many zero bytes, with a 2-byte extended length when it needs one. */
    private static byte[] frame(int first, int length) {
        boolean extended = length > 125;
        byte[] frame = new byte[(extended ? 4 : 2) + length];
        frame[0] = (byte) first;
        frame[1] = (byte) (extended ? 126 : length);
        if (extended) {
            frame[2] = (byte) (length >>> 8);
            frame[3] = (byte) length;
        }
        return frame;
    }

    @Test
    void framesWithinTheLimit_splitAnywhere_passWithoutAViolation() {
        FrameHeaderScanner scanner = new FrameHeaderScanner(300);
        byte[] twice = ByteBuffer.allocate(2 * TEXT_300.length).put(TEXT_300).put(TEXT_300).array();
        for (byte one : twice) { // a byte a read: headers and payloads cut at every point
            assertEquals(Optional.empty(), scanner.scan(ByteBuffer.wrap(new byte[] {one})));
        }
    }

    @Test
    void aFrameOverTheLimit_isFoundAtItsHeader_afterTheFramesBeforeIt() {
        FrameHeaderScanner scanner = new FrameHeaderScanner(299);
        ByteBuffer data = ByteBuffer.allocate(10 + 4).put(frame(0x81, 8)).put(new byte[] {(byte) 0x82, 126, 1, 44}).flip();

        FrameHeaderScanner.Violation violation = scanner.scan(data).orElseThrow();

        assertEquals(10, violation.frameStart());
        assertEquals(CloseReason.CloseCodes.TOO_BIG, violation.code());
        assertTrue(violation.message().startsWith("The server announced a frame of 300 bytes (300 B), over the limit of 299 B"),
                violation.message());
        assertEquals(0, data.position(), "the buffer is left for Tyrus as it was");
    }

    @Test
    void aControlFrame_isLeftToTyrus() {
        FrameHeaderScanner scanner = new FrameHeaderScanner(10);

        assertEquals(Optional.empty(), scanner.scan(ByteBuffer.wrap(frame(0x89, 125))));
    }
}
