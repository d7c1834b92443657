package dev.wscope.core.payload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadParserTest {
    @Test
    void text_isSentAsUtf8TextWhateverItHolds() throws Exception {
        OutgoingMessage message = PayloadParser.parse(MessageFormat.TEXT, "h\u00e9llo {not json");
        assertFalse(message.binary());
        assertArrayEquals("h\u00e9llo {not json".getBytes(StandardCharsets.UTF_8), message.bytes());
        assertEquals("h\u00e9llo {not json", message.text());
    }

    @Test
    void html_isSentAsTextWithoutAWellFormednessCheck() throws Exception {
        OutgoingMessage message = PayloadParser.parse(MessageFormat.HTML, "<p>unclosed<br>");
        assertFalse(message.binary());
        assertEquals("<p>unclosed<br>", message.text());
    }

    @Test
    void json_isCheckedAndSentExactlyAsTyped() throws Exception {
        OutgoingMessage message = PayloadParser.parse(MessageFormat.JSON, "{ \"a\" : 1.50 }");
        assertFalse(message.binary());
        assertEquals("{ \"a\" : 1.50 }", message.text(), "not minified or reformatted");
        assertTrue(assertThrows(PayloadException.class, () -> PayloadParser.parse(MessageFormat.JSON, "{\"a\":1,}"))
                .getMessage().startsWith("JSON: line 1, column 8"));
    }

    @Test
    void xml_isCheckedAndSentExactlyAsTyped() throws Exception {
        assertEquals("<a> <b/> </a>", PayloadParser.parse(MessageFormat.XML, "<a> <b/> </a>").text());
        assertTrue(assertThrows(PayloadException.class, () -> PayloadParser.parse(MessageFormat.XML, "<a>"))
                .getMessage().startsWith("XML: "));
    }

    @Test
    void base64AndHex_becomeBinaryFramesOfTheDecodedBytes() throws Exception {
        OutgoingMessage base64 = PayloadParser.parse(MessageFormat.BASE64, "AP8Q");
        OutgoingMessage hex = PayloadParser.parse(MessageFormat.HEX, "00 ff 10");
        assertTrue(base64.binary());
        assertTrue(hex.binary());
        assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, base64.bytes());
        assertArrayEquals(base64.bytes(), hex.bytes());
        assertThrows(PayloadException.class, () -> PayloadParser.parse(MessageFormat.BASE64, "A"));
        assertThrows(PayloadException.class, () -> PayloadParser.parse(MessageFormat.HEX, "0"));
    }

    @Test
    void messageFormatById_isCaseInsensitiveAndNullForUnknownNames() {
        assertEquals(MessageFormat.TEXT, MessageFormat.byId("text"));
        assertEquals(MessageFormat.JSON, MessageFormat.byId("JSON"));
        assertEquals(MessageFormat.BASE64, MessageFormat.byId("Base64"));
        assertEquals(MessageFormat.HEX, MessageFormat.byId("hex"));
        assertNull(MessageFormat.byId("yaml"));
        assertNull(MessageFormat.byId(""));
        assertNull(MessageFormat.byId(null));
    }

    @Test
    void everyFormat_roundTripsThroughItsId() {
        for (MessageFormat format : MessageFormat.values()) {
            assertEquals(format, MessageFormat.byId(format.id()));
        }
    }

    @Test
    void formats_carryTheComposerMenuLabelsInOrder_andOnlyBase64AndHexAreBinary() {
        assertEquals(List.of("Text", "JSON", "XML", "HTML", "Binary (Base64)", "Binary (Hex)"),
                Arrays.stream(MessageFormat.values()).map(MessageFormat::toString).toList());
        assertEquals(List.of(MessageFormat.BASE64, MessageFormat.HEX),
                Arrays.stream(MessageFormat.values()).filter(MessageFormat::binary).toList());
    }
}
