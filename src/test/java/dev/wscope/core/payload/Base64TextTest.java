package dev.wscope.core.payload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Base64TextTest {
    private static String error(String input) {
        return assertThrows(PayloadException.class, () -> Base64Text.decode(input)).getMessage();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void standardAlphabet_decodes() throws Exception {
        assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, Base64Text.decode("AP8Q"));
        assertArrayEquals(new byte[] {(byte) 0xfb, (byte) 0xff}, Base64Text.decode("+/8="));
    }

    @Test
    void urlSafeAlphabet_decodesToTheSameBytes() throws Exception {
        assertArrayEquals(new byte[] {(byte) 0xfb, (byte) 0xff}, Base64Text.decode("-_8="));
        assertArrayEquals(Base64Text.decode("++//"), Base64Text.decode("--__"));
    }

    @Test
    void missingPadding_isAddedForBothOneAndTwoMissingCharacters() throws Exception {
        assertArrayEquals(ascii("hello"), Base64Text.decode("aGVsbG8"));
        assertArrayEquals(ascii("hello"), Base64Text.decode("aGVsbG8="));
        assertArrayEquals(ascii("hi"), Base64Text.decode("aGk"));
        assertArrayEquals(ascii("h"), Base64Text.decode("aA"));
        assertArrayEquals(ascii("h"), Base64Text.decode("aA=="));
    }

    @Test
    void whitespaceAndLineBreaks_areIgnoredAnywhere() throws Exception {
        assertArrayEquals(ascii("hello"), Base64Text.decode(" aGVs\r\nbG8=\n"));
        assertArrayEquals(ascii("hello"), Base64Text.decode("a G V s\tb G 8"));
    }

    @Test
    void emptyInput_isAnEmptyMessage() throws Exception {
        assertArrayEquals(new byte[0], Base64Text.decode(""));
        assertArrayEquals(new byte[0], Base64Text.decode("\n"));
    }

    @Test
    void badCharacter_isNamedWithItsPositionCountingWhitespace() {
        assertEquals("Base64: '*' at position 5 is not a Base64 character", error("aGVs*"));
        assertEquals("Base64: '.' at position 10 is not a Base64 character", error("aGVs\n\nbG8."));
        assertEquals("Base64: '\u00e9' at position 1 is not a Base64 character", error("\u00e9"));
    }

    @Test
    void badCharacterThatIsAnEmoji_isShownWhole() {
        assertEquals("Base64: '\uD83D\uDE00' at position 3 is not a Base64 character", error("AA\uD83D\uDE00"));
    }

    @Test
    void textAfterPadding_isRefusedAtItsPosition() {
        assertEquals("Base64: 'V' at position 4 after '=' padding", error("aG=Vs"));
        assertTrue(error("QQ==QQ==").contains("position 5 after '=' padding"), "two values glued together");
    }

    @Test
    void mixedAlphabets_areRefusedNamingOneCharacterOfEach() {
        assertEquals("Base64: mixes the standard (+/) and URL-safe (-_) alphabets: '+' at position 1, '_' at position 2",
                error("+_8A"));
        assertEquals("Base64: mixes the standard (+/) and URL-safe (-_) alphabets: '/' at position 4, '-' at position 2",
                error("A-A/"));
    }

    @Test
    void lengthOf4nPlus1_cannotBeWholeBytes() {
        assertEquals("Base64: 5 characters cannot be whole bytes; a character is missing or one too many", error("aGVsb"));
        assertTrue(error("A").startsWith("Base64: 1 characters cannot be whole bytes"));
        assertTrue(error("aGVs bG8x Y").startsWith("Base64: 9 characters"), "whitespace is not counted");
    }

    @Test
    void paddingThatDoesNotFillTheLastGroup_isRefused() {
        assertTrue(error("AAAA==").startsWith("Base64: 2 '=' after 4 characters"), error("AAAA=="));
        assertTrue(error("aGk==").startsWith("Base64: 2 '=' after 3 characters"));
        assertEquals("Base64: at most two '=' may end the text, found 3", error("QQ==="));
    }
}
