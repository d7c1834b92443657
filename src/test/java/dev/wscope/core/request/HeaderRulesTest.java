package dev.wscope.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "X-Api-Key", "x_custom", "a1!#$%&'*+-.^_`|~"})
    void tokenNames_areAcceptedHeaderNames(String name) {
        assertTrue(HeaderRules.isToken(name));
        assertEquals(Optional.empty(), HeaderRules.checkName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X Api", "X-Api:", "Na(me)", "Caf\u00e9", "a\"b", "a/b", "a@b"})
    void nonTokens_areNotHeaderNames(String name) {
        assertFalse(HeaderRules.isToken(name));
        assertTrue(HeaderRules.checkName(name).isPresent());
    }

    @Test
    void badHeaderName_isNamedWithTheCharacterAndItsPosition() {
        assertEquals("Header name \"X Api\" has a space at position 2; names are letters, digits and !#$%&'*+-.^_`|~",
                HeaderRules.checkName("X Api").orElseThrow());
        assertEquals("Header name \"X-Api:\" has ':' at position 6; names are letters, digits and !#$%&'*+-.^_`|~",
                HeaderRules.checkName("X-Api:").orElseThrow());
        assertEquals("A header needs a name", HeaderRules.checkName("").orElseThrow());
    }

    @Test
    void crLfOrNulInAValue_isRefusedWithPositionAsHeaderInjection() {
        assertEquals("The value of X-A has a carriage return (CR) at position 2; a line break would inject another header",
                HeaderRules.checkValue("X-A", "a\r\nEvil: 1").orElseThrow());
        assertEquals("The value of X-A has a line feed (LF) at position 4; a line break would inject another header",
                HeaderRules.checkValue("X-A", "abc\nEvil: 1").orElseThrow());
        assertEquals("The value of X-A has a NUL character at position 1; a line break would inject another header",
                HeaderRules.checkValue("X-A", "\0").orElseThrow());
    }

    @Test
    void ordinaryValues_includingSpacesTabsAndSemicolons_areAccepted() {
        assertEquals(Optional.empty(), HeaderRules.checkValue("Authorization", "Bearer abc.def=="));
        assertEquals(Optional.empty(), HeaderRules.checkValue("X", "a; b,\tc \"q\""));
        assertEquals(Optional.empty(), HeaderRules.checkValue("X", ""));
    }

    @Test
    void cookieValueWithSemicolon_isRefusedWithPositionAndAdvice() {
        assertEquals("The cookie session has ';' at position 4 of its value; encode it (e.g. %3B for ;)",
                HeaderRules.checkCookie("session", "abc;d=1").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a,b", "a\"b", "a\\b", "a\tb", "a\u007fb"})
    void cookieValuesWithSeparatorsSpacesOrControls_areRefused(String value) {
        assertTrue(HeaderRules.checkCookie("c", value).orElseThrow().contains("at position 2 of its value"));
    }

    @Test
    void cookieNames_mustBeTokens_andAnEmptyRowIsNothing() {
        assertEquals(Optional.empty(), HeaderRules.checkCookie("sid", "a1-B2_c%3B"));
        assertTrue(HeaderRules.checkCookie("s id", "1").orElseThrow().startsWith("Cookie name \"s id\""));
        assertEquals("A cookie needs a name", HeaderRules.checkCookie("", "1").orElseThrow());
        assertEquals(Optional.empty(), HeaderRules.checkCookie("", ""));
    }

    @Test
    void kinds_haveTheirBulkTextSeparators() {
        assertEquals(": ", KeyValueKind.HEADERS.separator());
        assertEquals("=", KeyValueKind.PARAMS.separator());
        assertEquals("=", KeyValueKind.COOKIES.separator());
    }

    @Test
    void headersKind_checksNameThenValue() {
        assertTrue(KeyValueKind.HEADERS.check(KeyValue.of("Bad Name", "x\ny")).orElseThrow().startsWith("Header name"));
        assertTrue(KeyValueKind.HEADERS.check(KeyValue.of("Good", "x\ny")).orElseThrow().contains("line feed (LF) at position 2"));
        assertEquals(Optional.empty(), KeyValueKind.HEADERS.check(KeyValue.of("Good", "value")));
        assertEquals("A header needs a name", KeyValueKind.HEADERS.check(KeyValue.of("", "value")).orElseThrow());
    }

    @Test
    void paramsKind_onlyNeedsANameWhenThereIsAValue() {
        assertEquals("A query parameter needs a name", KeyValueKind.PARAMS.check(KeyValue.of("", "1")).orElseThrow());
        assertEquals(Optional.empty(), KeyValueKind.PARAMS.check(KeyValue.of("flag", "")));
        assertEquals(Optional.empty(), KeyValueKind.PARAMS.check(KeyValue.of("", "")));
    }

    @Test
    void cookiesKind_usesTheCookieRules() {
        assertTrue(KeyValueKind.COOKIES.check(KeyValue.of("a", "1;2")).orElseThrow().contains("';' at position 2"));
        assertEquals(Optional.empty(), KeyValueKind.COOKIES.check(KeyValue.of("a", "1")));
    }
}
