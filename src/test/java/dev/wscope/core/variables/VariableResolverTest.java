package dev.wscope.core.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.KeyValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariableResolverTest {
    private static final Environment STAGING = new Environment("staging", List.of(Variable.plain("host", "staging.example.com"),
            Variable.secret("token", "s3cr3t-token"), Variable.plain("proto", "chat.v2"), Variable.plain("user", "ann")));

    private static ConnectRequest request() {
        return new ConnectRequest("wss://{{host}}/feed?user={{ user }}",
                List.of(KeyValue.of("Authorization", "Bearer {{token}}"), new KeyValue(false, "X-Off", "{{missing}}")),
                List.of(KeyValue.of("session", "{{user}}-1")), List.of("{{proto}}", "fallback"), ConnectOptions.defaults());
    }

    @Test
    void resolvesUrlParamsHeadersCookiesAndSubprotocols() {
        ConnectRequest resolved = VariableResolver.of(STAGING).resolve(request());

        assertEquals("wss://staging.example.com/feed?user=ann", resolved.url());
        assertEquals("Bearer s3cr3t-token", resolved.headers().get(0).value());
        assertEquals("ann-1", resolved.cookies().get(0).value());
        assertEquals(List.of("chat.v2", "fallback"), resolved.subprotocols());
    }

    @Test
    void listsUnresolvedNamesWithWhereTheyAre_beforeAnythingIsSent() {
        ConnectRequest request = new ConnectRequest("ws://{{host}}:{{port}}/", List.of(KeyValue.of("X-Id", "{{id}}")),
                List.of(KeyValue.of("{{cookieName}}", "1")), List.of("{{sub}}"), ConnectOptions.defaults());

        List<UnresolvedVariable> missing = VariableResolver.of(STAGING).unresolved(request);

        assertEquals(List.of(new UnresolvedVariable("port", "URL"), new UnresolvedVariable("id", "header X-Id"),
                new UnresolvedVariable("cookieName", "cookie {{cookieName}}"),
                new UnresolvedVariable("sub", "subprotocols")), missing);
    }

    @Test
    void disabledRowsAreNotSent_soTheirVariablesAreNotReported() {
        assertEquals(List.of(), VariableResolver.of(STAGING).unresolved(request()));
    }

    @Test
    void unknownPlaceholdersStayAsWritten() {
        assertEquals("a {{nope}} ann", VariableResolver.of(STAGING).resolve("a {{nope}} {{user}}"));
        assertEquals("{{user}}", VariableResolver.none().resolve("{{user}}"));
    }

    @Test
    void eachSendResolvesWithTheEnvironmentSelectedAtThatMoment() {
        String message = "{\"user\": \"{{user}}\"}";
        Environment production = new Environment("production", List.of(Variable.plain("user", "bob")));

        String first = VariableResolver.of(STAGING).resolve(message);
        String second = VariableResolver.of(production).resolve(message);

        assertEquals("{\"user\": \"ann\"}", first);
        assertEquals("{\"user\": \"bob\"}", second);
    }

    @Test
    void aSecretWithNoValueOnThisMachine_isUnresolved() {
        Environment shared = new Environment("shared", List.of(Variable.secret("token", null)));

        assertEquals(List.of(new UnresolvedVariable("token", "message")),
                VariableResolver.of(shared).unresolved("Bearer {{token}}", "message"));
    }

    @Test
    void valuesAreNotSearchedForPlaceholders_soVariablesCannotLoop() {
        Environment looping = new Environment("loop", List.of(Variable.plain("a", "{{b}}"), Variable.plain("b", "{{a}}")));

        assertEquals("{{b}}", VariableResolver.of(looping).resolve("{{a}}"));
    }

    @Test
    void jsonBracesAndOddNamesAreNotVariables() {
        assertEquals(List.of(), List.copyOf(Placeholders.names("{\"a\":{\"b\":{}}} {{two words}} {{}}")));
        assertTrue(Placeholders.names("{{ spaced }}").contains("spaced"));
    }

    @Test
    void aSecretIsShownMasked() {
        assertEquals(Variable.MASK, Variable.secret("token", "abc").shownValue());
        assertEquals("x", Variable.plain("p", "x").shownValue());
    }
}
