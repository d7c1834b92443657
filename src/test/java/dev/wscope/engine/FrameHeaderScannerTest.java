package dev.wscope.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    private static byte[] frame(int first, String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        byte[] frame = frame(first, bytes.length);
        System.arraycopy(bytes, 0, frame, frame.length - bytes.length, bytes.length);
        return frame;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    /** What the scanner told, in order: the bytes passed joined up to each ping, the pings, the refusal. */
    private static final class Told implements FrameHeaderScanner.Sink {
        final ByteArrayOutputStream passed = new ByteArrayOutputStream();
        final List<String> events = new ArrayList<>();
        final List<ByteBuffer> buffers = new ArrayList<>();
        CloseReason.CloseCode code;
        String refusal;

        @Override
        public void pass(ByteBuffer bytes) {
            buffers.add(bytes);
            ByteBuffer copy = bytes.duplicate();
            while (copy.hasRemaining()) {
                passed.write(copy.get());
            }
        }

        @Override
        public void ping(byte[] payload) {
            events.add("ping " + new String(payload, StandardCharsets.UTF_8) + " after " + passed.size());
        }

        @Override
        public void closeWithoutCode() {
            events.add("close without code after " + passed.size());
        }

        @Override
        public void refuse(CloseReason.CloseCode code, String message) {
            this.code = code;
            this.refusal = message;
            events.add("refused after " + passed.size());
        }
    }

    private static Told scanByteByByte(FrameHeaderScanner scanner, byte[] stream) {
        Told told = new Told();
        for (byte one : stream) { // a byte a read: headers and payloads cut at every point
            scanner.scan(ByteBuffer.wrap(new byte[] {one}), told);
        }
        return told;
    }

    @Test
    void framesWithinTheLimit_splitAnywhere_allPassUntouched() {
        byte[] twice = concat(TEXT_300, TEXT_300);

        Told told = scanByteByByte(new FrameHeaderScanner(300), twice);

        assertArrayEquals(twice, told.passed.toByteArray());
        assertEquals(List.of(), told.events);
    }

    @Test
    void aBufferWithNoPing_isPassedAsItIs_notCopiedOrSliced() {
        ByteBuffer data = ByteBuffer.wrap(concat(TEXT_300, frame(0x8A, "pong")));
        Told told = new Told();

        new FrameHeaderScanner(300).scan(data, told);

        assertEquals(1, told.buffers.size());
        assertSame(data, told.buffers.get(0));
    }

    @Test
    void aFrameOverTheLimit_isRefusedAtItsHeader_afterTheFramesBeforeItPassed() {
        FrameHeaderScanner scanner = new FrameHeaderScanner(299);
        ByteBuffer data = ByteBuffer.wrap(concat(frame(0x81, 8), new byte[] {(byte) 0x82, 126, 1, 44}));
        Told told = new Told();

        scanner.scan(data, told);

        assertEquals(List.of("refused after 10"), told.events);
        assertEquals(CloseReason.CloseCodes.TOO_BIG, told.code);
        assertTrue(told.refusal.startsWith("The server announced a frame of 300 bytes (300 B), over the limit of 299 B"),
                told.refusal);
        assertEquals(0, data.position(), "the buffer is left as it was");
    }

    @Test
    void aServerPing_isTakenOutOfTheStream_atItsPlaceBetweenMessages() {
        byte[] hello = frame(0x81, "hello");
        byte[] bye = frame(0x81, "bye");
        Told told = new Told();

        new FrameHeaderScanner(300).scan(ByteBuffer.wrap(concat(hello, frame(0x89, "beat"), bye)), told);

        assertEquals(List.of("ping beat after " + hello.length), told.events);
        assertArrayEquals(concat(hello, bye), told.passed.toByteArray());
    }

    @Test
    void aPingCutAtEveryByte_isStillWhole_andNoneOfItsBytesPass() {
        byte[] hello = frame(0x81, "hello");
        byte[] stream = concat(hello, frame(0x89, "beat"), frame(0x89, ""), TEXT_300);

        Told told = scanByteByByte(new FrameHeaderScanner(300), stream);

        assertEquals(List.of("ping beat after " + hello.length, "ping  after " + hello.length), told.events);
        assertArrayEquals(concat(hello, TEXT_300), told.passed.toByteArray());
    }

    @Test
    void aPingOf125Bytes_isTaken_andOneOf126IsRefused1002() {
        Told largest = new Told();
        new FrameHeaderScanner(300).scan(ByteBuffer.wrap(frame(0x89, "p".repeat(125))), largest);
        assertEquals(List.of("ping " + "p".repeat(125) + " after 0"), largest.events);

        Told over = scanByteByByte(new FrameHeaderScanner(300), frame(0x89, 126));
        assertEquals(CloseReason.CloseCodes.PROTOCOL_ERROR, over.code);
        assertEquals("The server sent a ping frame of 126 bytes, where RFC 6455 (5.5) allows at most 125, so Wscope"
                + " closed the connection (1002) without reading it.", over.refusal);
    }

    @Test
    void aFragmentedControlFrame_isRefused1002() {
        Told told = new Told();

        new FrameHeaderScanner(300).scan(ByteBuffer.wrap(frame(0x0A, "half a pong")), told);

        assertEquals(CloseReason.CloseCodes.PROTOCOL_ERROR, told.code);
        assertTrue(told.refusal.startsWith("The server sent a pong frame in fragments"), told.refusal);
    }

    @Test
    void aCloseFrameWithNoStatusCode_isTold_andPassedOnToTyrus() {
        byte[] emptyClose = frame(0x88, 0);
        Told told = new Told();

        new FrameHeaderScanner(300).scan(ByteBuffer.wrap(concat(frame(0x81, "bye"), emptyClose)), told);

        assertEquals(List.of("close without code after 0"), told.events, "told before Tyrus reads any of it");
        assertArrayEquals(concat(frame(0x81, "bye"), emptyClose), told.passed.toByteArray());
    }

    @Test
    void aCloseFrameWithACode_isNotToldAsWithout() {
        Told told = new Told();

        new FrameHeaderScanner(300).scan(ByteBuffer.wrap(new byte[] {(byte) 0x88, 2, 0x03, (byte) 0xe8}), told);

        assertEquals(List.of(), told.events);
    }

    @Test
    void anHttpAnswerWhereFramesBelong_isRefusedInItsOwnWords_notAsAFragmentedClose() {
        byte[] engineIo = ("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-type: text/html\r\n"
                + "Content-Length: 28\r\n\r\nUnsupported protocol version").getBytes(StandardCharsets.US_ASCII);
        Told told = new Told();

        new FrameHeaderScanner(1000).scan(ByteBuffer.wrap(engineIo), told);

        assertEquals(List.of("refused after 0"), told.events);
        assertEquals(CloseReason.CloseCodes.PROTOCOL_ERROR, told.code);
        assertTrue(told.refusal.contains("\"HTTP/1.1 400 Bad Request Connection: close Content-type: text/html"
                + " Content-Length: 28 Unsupported protocol version\""), told.refusal);
        assertTrue(told.refusal.contains("?EIO=4&transport=websocket"), told.refusal);
    }

    @Test
    void httpLaterInTheStream_isOnlyPayload() {
        byte[] stream = frame(0x81, "HTTP/1.1 200 OK");
        Told told = new Told();

        new FrameHeaderScanner(1000).scan(ByteBuffer.wrap(stream), told);

        assertArrayEquals(stream, told.passed.toByteArray());
        assertEquals(List.of(), told.events);
    }
}
