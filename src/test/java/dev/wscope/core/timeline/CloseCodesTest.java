package dev.wscope.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CloseCodesTest {
    @Test
    void standardCodes_haveTheirMeanings() {
        assertTrue(CloseCodes.meaning(1000).startsWith("Normal closure"));
        assertTrue(CloseCodes.meaning(1001).startsWith("Going away"));
        assertTrue(CloseCodes.meaning(1006).startsWith("Abnormal closure"));
        assertTrue(CloseCodes.meaning(1006).contains("no close frame"));
        assertTrue(CloseCodes.meaning(1009).startsWith("Message too big"));
        assertTrue(CloseCodes.meaning(1011).startsWith("Internal error"));
        assertTrue(CloseCodes.meaning(1015).startsWith("TLS handshake failure"));
    }

    @Test
    void everyCodeFrom1000To1015_hasItsOwnMeaning() {
        for (int code = 1000; code <= 1015; code++) {
            assertTrue(!CloseCodes.meaning(code).equals("Not a valid close code"), "" + code);
        }
    }

    @Test
    void registeredAndPrivateRanges_areNamed() {
        assertTrue(CloseCodes.meaning(3000).startsWith("Registered"));
        assertTrue(CloseCodes.meaning(3999).startsWith("Registered"));
        assertTrue(CloseCodes.meaning(4000).startsWith("Private use"));
        assertTrue(CloseCodes.meaning(4999).startsWith("Private use"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 999, 1016, 2000, 2999, 5000, 65535, -1})
    void codesOutsideTheRanges_areNotValid(int code) {
        assertEquals("Not a valid close code", CloseCodes.meaning(code));
    }

    @ParameterizedTest
    @ValueSource(ints = {1004, 1005, 1006, 1015})
    void reservedCodes_mayNotBeSent(int code) {
        String problem = CloseCodes.checkSendable(code, "").orElseThrow();
        assertTrue(problem.startsWith("Close code " + code + " is reserved and may not be sent"), problem);
    }

    @ParameterizedTest
    @ValueSource(ints = {999, 2000, 5000, 0, 1016, 2999})
    void codesOutsideTheSendableRanges_areRefusedWithTheRangesToUse(int code) {
        assertEquals("Close code " + code + " may not be sent: use 1000-1003, 1007-1014 or 3000-4999",
                CloseCodes.checkSendable(code, null).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 1001, 1002, 1003, 1007, 1011, 1014, 3000, 4000, 4999})
    void sendableCodes_areAccepted(int code) {
        assertEquals(Optional.empty(), CloseCodes.checkSendable(code, "bye"));
    }

    @Test
    void reasonOf123Bytes_fits_124DoesNot() {
        assertEquals(Optional.empty(), CloseCodes.checkSendable(1000, "x".repeat(123)));
        assertEquals("The close reason is 124 bytes; a close frame holds at most 123",
                CloseCodes.checkSendable(1000, "x".repeat(124)).orElseThrow());
    }

    @Test
    void reasonLength_countsUtf8BytesNotCharacters() {
        assertEquals(Optional.empty(), CloseCodes.checkSendable(1000, "\u00e9".repeat(61) + "x"), "61 x 2 + 1 = 123 bytes");
        assertEquals("The close reason is 124 bytes; a close frame holds at most 123",
                CloseCodes.checkSendable(1000, "\u00e9".repeat(62)).orElseThrow());
        assertTrue(CloseCodes.checkSendable(1000, "\u20ac".repeat(42)).orElseThrow().contains("126 bytes"), "3 bytes each");
        assertTrue(CloseCodes.checkSendable(1000, "\uD83D\uDE00".repeat(31)).orElseThrow().contains("124 bytes"),
                "an emoji is 4 bytes, though 2 chars");
    }

    @Test
    void noReason_isFine() {
        assertEquals(Optional.empty(), CloseCodes.checkSendable(1000, null));
        assertEquals(Optional.empty(), CloseCodes.checkSendable(1000, ""));
    }
}
