package dev.wscope.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyValueTextTest {
    @Test
    void headers_areWrittenAsNameColonValueLines_disabledOnesWithAHash() {
        List<KeyValue> rows = List.of(KeyValue.of("Authorization", "Bearer x"), new KeyValue(false, "X-Debug", "1"));
        assertEquals("Authorization: Bearer x\n#X-Debug: 1\n", KeyValueText.format(rows, KeyValueKind.HEADERS));
    }

    @Test
    void paramsAndCookies_areWrittenAsNameEqualsValue() {
        List<KeyValue> rows = List.of(KeyValue.of("a", "1"), new KeyValue(false, "b", ""));
        assertEquals("a=1\n#b=\n", KeyValueText.format(rows, KeyValueKind.PARAMS));
        assertEquals("a=1\n#b=\n", KeyValueText.format(rows, KeyValueKind.COOKIES));
    }

    @Test
    void blankRows_areLeftOutOfTheText() {
        assertEquals("a=1\n", KeyValueText.format(List.of(KeyValue.of("", ""), KeyValue.of("a", "1")), KeyValueKind.PARAMS));
        assertEquals("", KeyValueText.format(List.of(), KeyValueKind.HEADERS));
    }

    @Test
    void formatThenParse_roundTripsEveryRowIncludingDisabledOnes() {
        List<KeyValue> headers = List.of(KeyValue.of("Authorization", "Bearer a:b"), new KeyValue(false, "X-Off", "v"),
                KeyValue.of("X-Empty", ""));
        assertEquals(headers, KeyValueText.parse(KeyValueText.format(headers, KeyValueKind.HEADERS), KeyValueKind.HEADERS));
        List<KeyValue> params = List.of(KeyValue.of("q", "a=b"), new KeyValue(false, "page", "2"), KeyValue.of("", "orphan"));
        assertEquals(params, KeyValueText.parse(KeyValueText.format(params, KeyValueKind.PARAMS), KeyValueKind.PARAMS));
    }

    @Test
    void parseThenFormat_givesTheSameText() {
        String text = "Authorization: Bearer x\n#X-Off: 1\nX-Empty: \n";
        assertEquals(text, KeyValueText.format(KeyValueText.parse(text, KeyValueKind.HEADERS), KeyValueKind.HEADERS));
    }

    @Test
    void parse_headerValuesAreTrimmed_andTheFirstColonSplits() {
        assertEquals(List.of(KeyValue.of("Host", "example.com:8080"), KeyValue.of("X-A", "spaced")),
                KeyValueText.parse("Host:example.com:8080\n  X-A :   spaced  \n", KeyValueKind.HEADERS));
    }

    @Test
    void parse_paramValuesKeepLeadingSpacesAndTheFirstEqualsSplits() {
        assertEquals(List.of(KeyValue.of("token", "a==")), KeyValueText.parse("token=a==", KeyValueKind.PARAMS));
        assertEquals(List.of(KeyValue.of("q", " x")), KeyValueText.parse("q= x", KeyValueKind.PARAMS));
    }

    @Test
    void parse_skipsBlankLinesAndAcceptsWindowsLineEnds() {
        assertEquals(List.of(KeyValue.of("a", "1"), KeyValue.of("b", "2")),
                KeyValueText.parse("\r\na=1\r\n\r\n   \nb=2\r\n", KeyValueKind.COOKIES));
    }

    @Test
    void parse_aLineWithoutSeparator_isANameWithAnEmptyValue() {
        assertEquals(List.of(KeyValue.of("flag", "")), KeyValueText.parse("flag", KeyValueKind.PARAMS));
        assertEquals(List.of(KeyValue.of("X-Only", "")), KeyValueText.parse("X-Only", KeyValueKind.HEADERS));
    }

    @Test
    void parse_hashWithSpaceBeforeTheName_isStillADisabledRow() {
        assertEquals(List.of(new KeyValue(false, "X-Off", "1")), KeyValueText.parse("#  X-Off: 1", KeyValueKind.HEADERS));
    }

    @Test
    void parseRow_splitsOneRowAsParseDoes_andIsEmptyWithoutTheSeparator() {
        assertEquals(Optional.of(KeyValue.of("X-A", "spaced")), KeyValueText.parseRow(" X-A :  spaced ", KeyValueKind.HEADERS));
        assertEquals(Optional.of(KeyValue.of("#X", "1")), KeyValueText.parseRow("#X: 1", KeyValueKind.HEADERS));
        assertEquals(Optional.of(KeyValue.of("token", "a==")), KeyValueText.parseRow("token=a==", KeyValueKind.COOKIES));
        assertEquals(Optional.empty(), KeyValueText.parseRow("NoColon", KeyValueKind.HEADERS));
    }
}
