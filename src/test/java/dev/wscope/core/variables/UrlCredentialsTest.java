package dev.wscope.core.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlCredentialsTest {
    @Test
    void masked_hidesThePasswordWholeAndOnlyIt() {
        assertEquals("ws://u:••••••@h:80/p?q=a@b", UrlCredentials.masked("ws://u:pw@h:80/p?q=a@b"));
        assertEquals("wss://u:••••••@h/", UrlCredentials.masked("wss://u:p@ss@h/"));
        assertEquals("ws://u@h/", UrlCredentials.masked("ws://u@h/"));
        assertEquals("ws://h/?a=b:c@d", UrlCredentials.masked("ws://h/?a=b:c@d"));
    }

    @Test
    void withoutCredentials_keepsPortPathAndQueryAsWritten() {
        assertEquals(URI.create("ws://h:81/a%20b?x=%41"),
                UrlCredentials.withoutCredentials(URI.create("ws://u:p%3Aw@h:81/a%20b?x=%41")));
    }

    @Test
    void authorization_isBasicOfTheDecodedPair() {
        assertEquals("Basic dTpwOnc=", UrlCredentials.authorization(URI.create("ws://u:p%3Aw@h/")).orElseThrow());
    }
}
