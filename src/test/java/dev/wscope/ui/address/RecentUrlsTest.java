package dev.wscope.ui.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecentUrlsTest {
    @Test
    void aLongAddress_isShownWithItsStartAndEnd_aShortOneWhole() {
        String start = "wss://stream.example.com/v2/ticker?token=";
        String address = start + "a".repeat(200) + "&room=42";
        String shown = RecentUrls.shortened(address);
        assertEquals(RecentUrls.SHOWN, shown.length());
        assertTrue(shown.startsWith(start) && shown.endsWith("a&room=42") && shown.contains("…"), shown);
        assertEquals("ws://127.0.0.1:8765/echo", RecentUrls.shortened("ws://127.0.0.1:8765/echo"));
    }
}
