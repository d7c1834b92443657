package dev.wscope.core.payload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadCodecsTest {
    @Test
    void hex_acceptsTheWaysPeoplePasteIt() throws Exception {
        byte[] expected = {0, (byte) 0xff, 0x10};
        assertArrayEquals(expected, HexText.decode("00ff10"));
        assertArrayEquals(expected, HexText.decode("00 FF 10"));
        assertArrayEquals(expected, HexText.decode("0x00 0xff 0x10"));
        assertArrayEquals(expected, HexText.decode("00:ff:10\n"));
        assertArrayEquals(new byte[0], HexText.decode(""));
        assertEquals("00ff10", HexText.encode(expected));
    }

    @Test
    void hexWithOddDigitCount_saysWhichDigitHasNoPartner() {
        PayloadException e = assertThrows(PayloadException.class, () -> HexText.decode("00 ff 1"));
        assertEquals("Hex: the digit at position 7 has no partner; every byte takes two digits", e.getMessage());
    }

    @Test
    void hexWithABadCharacter_namesItAndItsPosition() {
        PayloadException e = assertThrows(PayloadException.class, () -> HexText.decode("0g"));
        assertEquals("Hex: 'g' at position 2 is not a hex digit", e.getMessage());
    }

    @Test
    void base64_standardUrlSafeUnpaddedAndWrapped() throws Exception {
        assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, Base64Text.decode("AP8Q"));
        assertArrayEquals("hello".getBytes(), Base64Text.decode("aGVsbG8="));
        assertArrayEquals("hello".getBytes(), Base64Text.decode("aGVsbG8"));
        assertArrayEquals("hello".getBytes(), Base64Text.decode("aGVs\nbG8=\n"));
        assertArrayEquals(new byte[] {(byte) 0xfb, (byte) 0xff}, Base64Text.decode("-_8"));
        assertArrayEquals(new byte[] {(byte) 0xfb, (byte) 0xff}, Base64Text.decode("+/8="));
    }

    @Test
    void base64Errors_sayWhatAndWhere() {
        assertEquals("Base64: '*' at position 5 is not a Base64 character",
                assertThrows(PayloadException.class, () -> Base64Text.decode("aGVs*")).getMessage());
        assertTrue(assertThrows(PayloadException.class, () -> Base64Text.decode("aGVsb")).getMessage()
                .contains("5 characters cannot be whole bytes"));
        assertTrue(assertThrows(PayloadException.class, () -> Base64Text.decode("aG=Vs")).getMessage()
                .contains("after '=' padding"));
        assertTrue(assertThrows(PayloadException.class, () -> Base64Text.decode("+_8A")).getMessage()
                .contains("mixes the standard"));
    }

    @Test
    void json_firstErrorHasLineAndColumn() {
        PayloadException e = assertThrows(PayloadException.class, () -> JsonText.check("{\n  \"a\": 1,\n}"));
        assertTrue(e.getMessage().startsWith("JSON: line 3, column 1: "), e.getMessage()); // the "}" itself
        assertFalse(e.getMessage().contains("http"), "no troubleshooting link for users: " + e.getMessage());
    }

    @Test
    void json_refusesTrailingContentAndEmptyInput_acceptsTopLevelScalars() throws Exception {
        assertTrue(assertThrows(PayloadException.class, () -> JsonText.check("{} {}")).getMessage()
                .contains("More content after the JSON value"));
        assertEquals("JSON: the message is empty", assertThrows(PayloadException.class, () -> JsonText.check("  ")).getMessage());
        JsonText.check("42");
        JsonText.check("\"text\"");
        assertThrows(PayloadException.class, () -> JsonText.check("{'single': 1}"), "strict: no single quotes");
    }

    @Test
    void json_prettyAndMinify_keepNumbersAsWritten() throws Exception {
        String text = "{\"price\":1.50,\"big\":12345678901234567890,\"html\":\"<b>\"}";
        assertEquals("{\n  \"price\": 1.50,\n  \"big\": 12345678901234567890,\n  \"html\": \"<b>\"\n}", JsonText.pretty(text));
        assertEquals(text, JsonText.minify(JsonText.pretty(text)));
        assertTrue(JsonText.isStructured(" [1]"));
        assertFalse(JsonText.isStructured("42"));
        assertFalse(JsonText.isStructured("{broken"));
    }

    @Test
    void xml_checkedWithPosition_doctypeRefused_andIndented() throws Exception {
        PayloadException e = assertThrows(PayloadException.class, () -> XmlText.check("<a>\n<b></a>"));
        assertTrue(e.getMessage().startsWith("XML: line 2"), e.getMessage());
        assertThrows(PayloadException.class, () -> XmlText.check(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), "no external entities");
        assertEquals("<a>\n  <b>1</b>\n</a>", XmlText.pretty("<a><b>1</b></a>"));
    }

    @Test
    void hexDump_hasOffsetsTwoGroupsAndAscii() {
        byte[] bytes = "Hello, WebSocket world!".getBytes(StandardCharsets.US_ASCII);
        String dump = HexDump.format(bytes);
        String[] lines = dump.split("\n");
        assertEquals(2, lines.length);
        assertEquals("00000000  48 65 6c 6c 6f 2c 20 57  65 62 53 6f 63 6b 65 74  |Hello, WebSocket|", lines[0]);
        assertTrue(lines[1].startsWith("00000010  20 77 6f 72 6c 64 21"));
        assertTrue(lines[1].endsWith("| world!|"));
        assertEquals(".", HexDump.format(new byte[] {0}).replaceAll(".*\\|(.)\\|\\n", "$1"));
    }

    @Test
    void parser_turnsEachFormatIntoItsFrame() throws Exception {
        assertFalse(PayloadParser.parse(MessageFormat.TEXT, "{not json").binary());
        assertEquals("<p>hi</p>", PayloadParser.parse(MessageFormat.HTML, "<p>hi</p>").text());
        assertTrue(PayloadParser.parse(MessageFormat.HEX, "00").binary());
        assertArrayEquals(new byte[] {1, 2}, PayloadParser.parse(MessageFormat.BASE64, "AQI=").bytes());
        assertThrows(PayloadException.class, () -> PayloadParser.parse(MessageFormat.JSON, "{not json"));
        assertThrows(PayloadException.class, () -> PayloadParser.parse(MessageFormat.XML, "<a>"));
        assertEquals(MessageFormat.BASE64, MessageFormat.byId("BASE64"));
        assertEquals(null, MessageFormat.byId("yaml"));
        assertEquals("Binary (Hex)", MessageFormat.HEX.toString());
    }
}
