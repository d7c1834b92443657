package dev.wscope.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EventTextTest {
    private static String preview(TimelineEvent event) {
        return EventText.preview(event, 200);
    }

    @Test
    void textMessage_previewIsOneLineWithRunsOfWhitespaceAsOneSpace() {
        assertEquals("{ \"a\": 1, \"b\": [ 2 ] }",
                preview(TimelineEvent.Message.text(Direction.IN, "{\n  \"a\": 1,\n\t\"b\": [\r\n 2 ]\n}\n")));
        assertEquals("", preview(TimelineEvent.Message.text(Direction.IN, "  \n ")));
    }

    @Test
    void longPreview_isClippedToMaxCharsEndingInAnEllipsis() {
        String preview = EventText.preview(TimelineEvent.Message.text(Direction.IN, "abcdefghij"), 5);
        assertEquals("abcd\u2026", preview);
        assertEquals(5, preview.length());
        assertEquals("abcdefghij", EventText.preview(TimelineEvent.Message.text(Direction.IN, "abcdefghij"), 10));
    }

    @Test
    void clipping_neverCutsAnEmojiInHalf() {
        String preview = EventText.preview(TimelineEvent.Message.text(Direction.IN, "ab\uD83D\uDE00cd"), 4);
        assertEquals("ab\u2026", preview);
    }

    @Test
    void binaryMessage_previewIsItsBase64_clippedAfter48Bytes() {
        assertEquals("base64 AP8Q", preview(TimelineEvent.Message.binary(Direction.IN, new byte[] {0, -1, 16})));
        String big = EventText.preview(TimelineEvent.Message.binary(Direction.IN, new byte[100]), 1000);
        assertEquals("base64 " + "A".repeat(64) + "\u2026", big);
    }

    @Test
    void otherEvents_summariseThemselves() {
        assertEquals("ws://h/x", preview(new TimelineEvent.Connecting("ws://h/x")));
        assertEquals("GET /x HTTP/1.1", preview(new TimelineEvent.HandshakeRequest("GET /x HTTP/1.1", List.of())));
        assertEquals("101 Switching Protocols", preview(new TimelineEvent.HandshakeResponse(101, "Switching Protocols", List.of())));
        assertEquals("101", preview(new TimelineEvent.HandshakeResponse(101, null, List.of())), "no \"null\" for a missing reason");
        assertEquals("subprotocol: none", preview(new TimelineEvent.Opened(null, List.of())));
        assertEquals("subprotocol: chat, extensions: permessage-deflate",
                preview(new TimelineEvent.Opened("chat", List.of("permessage-deflate"))));
        assertEquals("boom", preview(new TimelineEvent.Error("boom")));
    }

    @Test
    void closed_previewHasCodeMeaningWhoAndReason() {
        assertEquals("1000 Normal closure (by client): done", preview(new TimelineEvent.Closed(1000, "done", ClosedBy.CLIENT)));
        assertEquals("1006 Abnormal closure (by network)", preview(new TimelineEvent.Closed(1006, "", ClosedBy.NETWORK)));
        assertEquals("1001 Going away (by server)", preview(new TimelineEvent.Closed(1001, null, ClosedBy.SERVER)));
    }

    @Test
    void controlFrames_previewTheirPayload() {
        assertEquals("(no payload)", preview(TimelineEvent.Control.of(true, Direction.OUT, new byte[0])));
        assertEquals("hex 01 02", preview(TimelineEvent.Control.of(false, Direction.IN, new byte[] {1, 2})));
        assertEquals("\"keepalive ✓\"", preview(TimelineEvent.Control.of(true, Direction.IN,
                "keepalive ✓".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals("hex 6f 6b 0a", preview(TimelineEvent.Control.of(true, Direction.IN, new byte[] {'o', 'k', '\n'})),
                "a control character is not printable: hex");
        assertEquals("hex c3 28", preview(TimelineEvent.Control.of(true, Direction.IN, new byte[] {(byte) 0xc3, '('})),
                "not UTF-8: hex");
        assertEquals("12 bytes", preview(new TimelineEvent.Control(true, Direction.IN, null, 12)));
    }

    @Test
    void aPongAnsweringOurPing_previewsItsRoundTrip() {
        assertEquals("round trip 0.412 ms: \"a\"", preview(TimelineEvent.Control.pongIn(new byte[] {'a'},
                java.time.Duration.ofNanos(412_345))));
        assertEquals("round trip 12 ms: (no payload)", preview(TimelineEvent.Control.pongIn(new byte[0],
                java.time.Duration.ofMillis(12))));
    }

    @Test
    void size_inBytesBelow1KiB() {
        assertEquals("0 B", EventText.size(0));
        assertEquals("1023 B", EventText.size(1023));
    }

    @Test
    void size_inKiBAndMiBWithOneDecimal() {
        assertEquals("1.0 KiB", EventText.size(1024));
        assertEquals("1.5 KiB", EventText.size(1536));
        assertEquals("1.0 MiB", EventText.size(1024 * 1024));
        assertEquals("10.0 MiB", EventText.size(10L * 1024 * 1024));
        assertEquals("2048.0 MiB", EventText.size(2L * 1024 * 1024 * 1024));
    }

    @Test
    void size_justUnderAMebibyte_readsAsMiBNotAs1024KiB() {
        assertEquals("1.0 MiB", EventText.size(1024 * 1024 - 1));
        assertEquals("1023.9 KiB", EventText.size(1023 * 1024 + 900));
    }

    @Test
    void size_roundsAsPrintfDoes() {
        // the rounding written by hand must agree with %.1f: every byte count near the roundings of one decimal
        for (long bytes = 1024; bytes < 200_000; bytes += 37) {
            String expected = bytes / 1024.0 < 1023.95 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                    : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
            assertEquals(expected, EventText.size(bytes), "size of " + bytes + " bytes");
        }
        assertEquals(String.format(Locale.ROOT, "%.1f MiB", 123_456_789 / (1024.0 * 1024)), EventText.size(123_456_789));
    }

    @Test
    void size_usesAPointInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1.5 KiB", EventText.size(1536));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void events_sayTheirContractKind() {
        assertEquals("sent", TimelineEvent.Message.text(Direction.OUT, "").kind());
        assertEquals("received", TimelineEvent.Message.text(Direction.IN, "").kind());
        assertEquals("ping", TimelineEvent.Control.of(true, Direction.IN, new byte[0]).kind());
        assertEquals("pong", TimelineEvent.Control.of(false, Direction.IN, new byte[0]).kind());
        assertTrue(new TimelineEvent.Closed(1000, "", ClosedBy.CLIENT).meaning().startsWith("Normal"));
    }
}
