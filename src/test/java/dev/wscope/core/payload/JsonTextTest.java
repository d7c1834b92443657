package dev.wscope.core.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTest {
    private static String error(String json) {
        return assertThrows(PayloadException.class, () -> JsonText.check(json)).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "42", "-0.5e+3", "\"text\"", "true", "null", " \n{\"a\": [1, {\"b\": null}]}\n ",
        "{\"esc\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00\"}", "\uFEFF{}"})
    void validJson_passesTheCheck(String json) throws Exception {
        JsonText.check(json);
    }

    @Test
    void trailingCommaInAnObject_pointsAtTheClosingBrace() {
        assertEquals("JSON: line 1, column 8: A comma before '}' is not allowed: remove the trailing comma",
                error("{\"a\":1,}"));
    }

    @Test
    void trailingCommaInAnArray_pointsAtTheClosingBracket() {
        assertEquals("JSON: line 1, column 4: A comma before ']' is not allowed: remove the trailing comma", error("[1,]"));
    }

    @Test
    void errorOnALaterLine_countsLinesAndColumnsFromOne() {
        String json = "{\n  \"a\": 1,\n  \"b\": tru\n}";
        assertTrue(error(json).startsWith("JSON: line 3, column 8: 'tru' is not a JSON value"), error(json));
        assertTrue(error("[1,\r\n 2,\r\n x]").startsWith("JSON: line 3, column 2: "), "CRLF line ends: " + error("[1,\r\n 2,\r\n x]"));
    }

    @Test
    void columns_countAnEmojiAsOneCharacter() {
        assertTrue(error("[\"\uD83D\uDE00\" x]").startsWith("JSON: line 1, column 6: Expected ',' or ']', found 'x'"),
                error("[\"\uD83D\uDE00\" x]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"a\" 1}|1|6|Expected ':' after the name, found '1'",
        "{\"a\":1 \"b\":2}|1|8|Expected ',' or '}', found '\"'",
        "[1 2]|1|4|Expected ',' or ']', found '2'",
        "{a:1}|1|2|Expected a name in double quotes, found 'a'",
        "{'a':1}|1|2|Expected a name in double quotes, found '''",
        "'a'|1|1|Strings take double quotes (\"), not single quotes",
        "[01]|1|2|A number may not start with 0 before other digits (write 12, not 012)",
        "[1.]|1|4|A digit must follow the decimal point",
        "[-]|1|3|A digit must follow '-'",
        "[1e]|1|4|A digit must follow the exponent's 'e'",
        "[+1]|1|2|Expected a value (object, array, string, number, true, false or null), found '+'",
        "[NaN]|1|2|'NaN' is not a JSON value: write strings in double quotes; literals are true, false and null, in lower case",
        "[True]|1|2|'True' is not a JSON value: write strings in double quotes; literals are true, false and null, in lower case",
        "[\"\\x\"]|1|3|'\\x' is not an escape: use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits",
        "[\"\\u12\"]|1|3|\\u must be followed by four hex digits",
        "{\"a\":|1|6|The text ends before the JSON is complete: 1 bracket(s) still open",
        "[1}|1|3|Expected ',' or ']', found '}'",
    })
    void eachKindOfMistake_isNamedAtTheCharacterThatBreaksIt(String json, int line, int column, String words) {
        assertEquals("JSON: line " + line + ", column " + column + ": " + words, error(json));
    }

    @Test
    void unterminatedString_pointsAtItsOpeningQuote() {
        assertEquals("JSON: line 1, column 7: This string is never closed: a \" is missing", error("{\"a\": \"value"));
    }

    @Test
    void rawControlCharactersInStrings_areRefusedWithTheEscapeToUse() {
        assertEquals("JSON: line 1, column 3: A tab inside a string: write it as \\t", error("\"a\tb\""));
        assertTrue(error("\"a\nb\"").startsWith("JSON: line 1, column 3: A line break inside a string: write it as \\n"));
        assertEquals("JSON: line 1, column 3: A control character (0x01) inside a string: write it as \\u0001",
                error("\"a\u0001\""));
    }

    @Test
    void loneSurrogateEscape_isRefused() {
        assertTrue(error("[\"\\ud800\"]").contains("first half of a surrogate pair"), error("[\"\\ud800\"]"));
        assertTrue(error("[\"\\udc00\"]").contains("second half of a surrogate pair"));
    }

    @Test
    void trailingContentAfterTheValue_isRefusedWhereItStarts() {
        assertEquals("JSON: line 1, column 4: More content after the JSON value: '{'; a message holds one value",
                error("{} {}"));
        assertTrue(error("[1]]").startsWith("JSON: line 1, column 4: More content after the JSON value: ']'"));
        assertTrue(error("{}\n// note").startsWith("JSON: line 2, column 1: More content"), "no comments in JSON");
    }

    @Test
    void nonBreakingSpace_isNamedRatherThanShownAsABlank() {
        assertTrue(error("\u00a0[1]").contains("unusual space character (U+00A0)"), error("\u00a0[1]"));
    }

    @Test
    void emptyOrBlankInput_saysTheMessageIsEmpty() {
        assertEquals("JSON: the message is empty", error(""));
        assertEquals("JSON: the message is empty", error(" \n\t"));
        assertThrows(PayloadException.class, () -> JsonText.pretty(""));
    }

    @Test
    void pretty_indentsByTwoSpacesAndKeepsNumberText() throws Exception {
        assertEquals("{\n  \"price\": 1.50,\n  \"big\": 12345678901234567890,\n  \"list\": [\n    1,\n    -0,\n    1E5\n  ],"
                + "\n  \"empty\": {},\n  \"none\": null\n}",
                JsonText.pretty("{\"price\":1.50,\"big\":12345678901234567890,\"list\":[1,-0,1E5],\"empty\":{},\"none\":null}"));
    }

    @Test
    void minify_removesWhitespaceOnlyAndKeepsHtmlCharactersAndNumbers() throws Exception {
        assertEquals("{\"a\":[1.50,12345678901234567890],\"html\":\"<b>&'\"}",
                JsonText.minify("{ \"a\" : [ 1.50 ,\n 12345678901234567890 ] , \"html\" : \"<b>&'\" }"));
    }

    @Test
    void prettyAndMinify_keepARepeatedName() throws Exception {
        assertEquals("{\"a\":1,\"a\":2}", JsonText.minify("{\"a\": 1, \"a\": 2}"));
        assertEquals("{\n  \"a\": 1,\n  \"a\": 2\n}", JsonText.pretty("{\"a\":1,\"a\":2}"));
    }

    @Test
    void prettyOfATopLevelScalar_isTheScalar() throws Exception {
        assertEquals("1.50", JsonText.pretty(" 1.50 "));
        assertEquals("\"x\"", JsonText.minify("\"x\""));
    }

    @Test
    void prettyAndMinify_refuseInvalidJsonWithTheSameMessageAsCheck() {
        String bad = "{\"a\":1,}";
        assertEquals(error(bad), assertThrows(PayloadException.class, () -> JsonText.pretty(bad)).getMessage());
        assertEquals(error(bad), assertThrows(PayloadException.class, () -> JsonText.minify(bad)).getMessage());
    }

    @Test
    void deepNesting_beyondGsonsDefault255Levels_isStillJson() throws Exception {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        JsonText.check(deep);
        assertEquals(deep, JsonText.minify(deep));
    }

    @Test
    void nestingBeyond1000Levels_isRefusedSoPrettyTextCannotExplode() {
        assertTrue(error("[".repeat(1001) + "]".repeat(1001)).contains("Nesting limit 1000"),
                error("[".repeat(1001) + "]".repeat(1001)));
    }

    @Test
    void minifiedPretty_isTheMinifiedOriginal() throws Exception {
        String json = "{\"a\":{\"b\":[true,false,null,\"\\u00e9\"]},\"c\":-1.0e-7}";
        assertEquals(JsonText.minify(json), JsonText.minify(JsonText.pretty(json)));
    }

    @Test
    void isStructured_onlyForAValidObjectOrArray() {
        assertTrue(JsonText.isStructured("  {\"a\":1}"));
        assertTrue(JsonText.isStructured("[]"));
        assertFalse(JsonText.isStructured("42"));
        assertFalse(JsonText.isStructured("\"{}\""));
        assertFalse(JsonText.isStructured("{broken"));
        assertFalse(JsonText.isStructured("[INFO] server started"));
    }

    @Test
    void parse_givesATreeWithNumbersAsWritten() throws Exception {
        assertEquals("1.50", JsonText.parse("{\"p\":1.50}").getAsJsonObject().get("p").toString());
        assertThrows(PayloadException.class, () -> JsonText.parse("{} x"));
    }
}
