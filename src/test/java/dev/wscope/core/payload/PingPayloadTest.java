package dev.wscope.core.payload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PingPayloadTest {
    @Test
    void textIsUtf8_hexIsHex_andEmptyIsAnEmptyPing() throws PayloadException {
        assertArrayEquals("é!".getBytes(StandardCharsets.UTF_8), PingPayload.parse("é!", false));
        assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, PingPayload.parse("00 FF 10", true));
        assertArrayEquals(new byte[0], PingPayload.parse("", false));
    }

    @Test
    void theCommandLinesPrefixesPickTheEncoding_anythingElseIsText() throws PayloadException {
        assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, PingPayload.parseOption("hex:00ff10"));
        assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, PingPayload.parseOption("base64:AP8Q"));
        assertArrayEquals("hex:00".getBytes(StandardCharsets.UTF_8), PingPayload.parseOption("text:hex:00"));
        assertArrayEquals("are you there".getBytes(StandardCharsets.UTF_8), PingPayload.parseOption("are you there"));
    }

    @Test
    void exactly125BytesGo_126AreRefusedSayingByHowMuch() throws PayloadException {
        assertEquals(125, PingPayload.parse("x".repeat(125), false).length);
        assertEquals(125, PingPayload.parse("é".repeat(62) + "x", false).length);

        PayloadException over = assertThrows(PayloadException.class, () -> PingPayload.parse("é".repeat(63), false));
        assertEquals("A ping carries at most 125 bytes (RFC 6455 5.5); this one has 126: shorten it by 1",
                over.getMessage());
        assertThrows(PayloadException.class, () -> PingPayload.parseOption("hex:" + "00".repeat(126)));
        assertThrows(PayloadException.class, () -> PingPayload.parse("0g", true), "not hex");
    }
}
