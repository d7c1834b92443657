package dev.wscope.core.payload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HexTextTest {
    private static final byte[] BYTES = {0x00, (byte) 0xff, 0x10};

    private static String error(String input) {
        return assertThrows(PayloadException.class, () -> HexText.decode(input)).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00ff10", "00FF10", "00 ff 10", "  00\tff\n10  ", "0x00 0xff 0x10", "0X000XFF0X10",
        "00:ff:10", "00-ff-10", "00,ff,10", "0x00, 0xFF, 0x10"})
    void hexInTheWaysPeoplePasteIt_decodesToTheSameBytes(String input) throws Exception {
        assertArrayEquals(BYTES, HexText.decode(input));
    }

    @Test
    void emptyOrBlankHex_isAnEmptyMessage() throws Exception {
        assertArrayEquals(new byte[0], HexText.decode(""));
        assertArrayEquals(new byte[0], HexText.decode(" \n "));
    }

    @Test
    void hexWithOddDigitCount_saysWhichDigitHasNoPartner() {
        assertEquals("Hex: the digit at position 7 has no partner; every byte takes two digits", error("00 ff 1"));
        assertEquals("Hex: the digit at position 1 has no partner; every byte takes two digits", error("f"));
    }

    @Test
    void hexWithAByteSplitBySpace_isRefusedRatherThanJoined() {
        assertEquals("Hex: the digit at position 3 has no partner; every byte takes two digits", error("0x0 1"));
        assertEquals("Hex: the digit at position 1 has no partner; every byte takes two digits", error("a b"));
    }

    @Test
    void hexWithABadCharacter_namesItAndItsPositionCountingSpaces() {
        assertEquals("Hex: 'g' at position 4 is not a hex digit", error("00 g1"));
        assertEquals("Hex: 'x' at position 3 is not a hex digit", error("00x1"), "0x only prefixes a byte");
        assertEquals("Hex: ';' at position 3 is not a hex digit", error("00;ff"));
    }

    @Test
    void hexWithAnEmoji_showsTheWholeCharacterNotHalfASurrogatePair() {
        assertEquals("Hex: '\uD83D\uDE00' at position 3 is not a hex digit", error("00\uD83D\uDE00"));
    }

    @Test
    void encode_writesLowerCaseDigitsAndRoundTripsEveryByteValue() throws Exception {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        String hex = HexText.encode(all);
        assertEquals(512, hex.length());
        assertEquals("00010203", hex.substring(0, 8));
        assertEquals("fcfdfeff", hex.substring(504));
        assertArrayEquals(all, HexText.decode(hex));
        assertArrayEquals(all, HexText.decode(hex.toUpperCase()));
    }
}
