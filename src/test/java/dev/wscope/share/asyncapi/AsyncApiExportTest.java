package dev.wscope.share.asyncapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.store.SharedCopy;
import dev.wscope.testing.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsyncApiExportTest {
    private static final JsonObject EVERYTHING = AsyncApiExport.of(Collections.everyFieldSet());

    private static JsonObject channel(JsonObject document, String key) {
        return document.getAsJsonObject("channels").getAsJsonObject(key);
    }

    @Test
    void anExportWithEveryFieldSet_validatesAgainstTheOfficialSchema() {
        assertEquals(List.of(), AsyncApiSchema.problems(EVERYTHING));
    }

    @Test
    void anEmptyCollection_alsoValidates() {
        assertEquals(List.of(), AsyncApiSchema.problems(AsyncApiExport.of(Collection.named(""))));
    }

    @Test
    void collectionToAsyncApiToCollection_losesNothing() {
        Collection original = Collections.everyFieldSet();

        for (DocumentFormat format : DocumentFormat.values()) {
            String text = AsyncApiText.write(AsyncApiExport.of(original), format);
            Collection back = AsyncApiImport.of(AsyncApiText.parse(text));
            assertEquals(SharedCopy.of(original), back, "through " + format);
        }
    }

    @Test
    void serversComeFromTheAddresses_withTheirVariables() {
        JsonObject servers = EVERYTHING.getAsJsonObject("servers");

        assertEquals("{\"host\":\"127.0.0.1:8765\",\"protocol\":\"ws\"}", servers.get("127.0.0.1-8765").toString());
        JsonObject regional = servers.getAsJsonObject("region-.api.example.com");
        assertEquals("{region}.api.example.com", regional.get("host").getAsString());
        assertEquals("wss", regional.get("protocol").getAsString());
        assertEquals("[\"eu\",\"us\"]", regional.getAsJsonObject("variables").getAsJsonObject("region").get("examples")
                .toString());
    }

    @Test
    void theVersionAndServersOfAnImportedApi_areSaidAgain_elseVersion100() {
        assertEquals("2.1.0", EVERYTHING.getAsJsonObject("info").get("version").getAsString());
        assertEquals("{\"host\":\"docs.example.com\",\"protocol\":\"https\",\"pathname\":\"/socket\"}",
                EVERYTHING.getAsJsonObject("servers").get("docs-site").toString());
        assertEquals("1.0.0", AsyncApiExport.of(Collection.named("")).getAsJsonObject("info").get("version").getAsString());
    }

    @Test
    void eachRequestIsAChannel_withItsWsBindingAndParameters() {
        JsonObject stream = channel(EVERYTHING, "Market-stream");

        assertEquals("/v2/stream/{symbol}", stream.get("address").getAsString());
        assertEquals("btcusd", stream.getAsJsonObject("parameters").getAsJsonObject("symbol").get("default").getAsString());
        JsonObject ws = stream.getAsJsonObject("bindings").getAsJsonObject("ws");
        assertEquals(List.of("depth", "token"), List.copyOf(ws.getAsJsonObject("query").getAsJsonObject("properties").keySet()),
                "enabled params only");
        assertEquals(List.of("Authorization", "X-Pasted", "Cookie"),
                List.copyOf(ws.getAsJsonObject("headers").getAsJsonObject("properties").keySet()));
        assertEquals("object", ws.getAsJsonObject("headers").get("type").getAsString());
        assertEquals("[{\"$ref\":\"#/servers/region-.api.example.com\"}]", stream.get("servers").toString());
    }

    @Test
    void messagesCarryTheirContentTypeAndBodyAsExample() {
        JsonObject messages = channel(EVERYTHING, "Market-stream").getAsJsonObject("messages");

        assertEquals("application/json", messages.getAsJsonObject("Subscribe").get("contentType").getAsString());
        assertEquals("{\"name\":\"Subscribe\",\"payload\":{\"op\":\"subscribe\",\"n\":1}}",
                messages.getAsJsonObject("Subscribe").getAsJsonArray("examples").get(0).toString());
        assertEquals("text/plain", messages.getAsJsonObject("Hello").get("contentType").getAsString());
        assertEquals("application/xml", messages.getAsJsonObject("Order").get("contentType").getAsString());
        assertEquals("text/html", messages.getAsJsonObject("Page").get("contentType").getAsString());
        assertEquals("application/octet-stream", messages.getAsJsonObject("Bytes").get("contentType").getAsString());
        assertEquals("application/octet-stream", messages.getAsJsonObject("Hex-bytes").get("contentType").getAsString());
        assertEquals("\"{\\\"n\\\": {{count}}}\"", messages.getAsJsonObject("Templated").getAsJsonArray("examples").get(0)
                .getAsJsonObject().get("payload").toString(), "a body that is not JSON yet is kept as text");
    }

    @Test
    void operationsAreWrittenFromTheServersSide() {
        JsonObject operations = EVERYTHING.getAsJsonObject("operations");

        JsonObject receive = operations.getAsJsonObject("receive-Market-stream");
        JsonObject send = operations.getAsJsonObject("send-Market-stream");
        assertEquals("receive", receive.get("action").getAsString());
        assertEquals(7, receive.getAsJsonArray("messages").size(), "what the user sends, the server receives");
        assertEquals("send", send.get("action").getAsString());
        assertEquals("[{\"$ref\":\"#/channels/Market-stream/messages/Tick\"}]", send.get("messages").toString());
    }

    @Test
    void whatAsyncApiHasNoPlaceFor_goesIntoWscopeExtensions() {
        JsonObject stream = channel(EVERYTHING, "Market-stream");

        assertEquals("[\"v2.stream\",\"v1.stream\"]", stream.get("x-wscope-subprotocols").toString());
        assertEquals("testing", stream.get("x-wscope-status").getAsString());
        assertEquals("market-team", stream.get("x-wscope-owner").getAsString());
        assertEquals(2500, stream.getAsJsonObject("x-wscope-options").get("handshakeTimeoutMillis").getAsInt());
        assertEquals("{\"name\":\"debug\",\"value\":\"true\",\"enabled\":false}",
                stream.getAsJsonArray("x-wscope-params").get(1).toString());
        assertEquals("hex", channel(EVERYTHING, "Market-stream").getAsJsonObject("messages").getAsJsonObject("Hex-bytes")
                .get("x-wscope-format").getAsString());
        assertEquals("released", EVERYTHING.getAsJsonObject("info").get("x-wscope-status").getAsString());
    }

    @Test
    void aRequestsProtocol_andItsMessagesVerbs_areWscopeExtensions() {
        JsonObject broker = channel(EVERYTHING, "Broker");

        assertEquals("stomp", broker.get("x-wscope-protocol").getAsString());
        assertEquals("{\"name\":\"stomp\",\"settings\":{\"heartbeat\":\"1000,1000\",\"login\":\"guest\"}}",
                broker.getAsJsonObject("x-wscope-options").get("protocol").toString());
        assertEquals("subscribe", broker.getAsJsonObject("messages").getAsJsonObject("Prices").get("x-wscope-verb")
                .getAsString());
    }

    @Test
    void noSecretValueIsInTheExport() {
        String yaml = AsyncApiText.write(EVERYTHING, DocumentFormat.YAML);

        for (String secret : List.of(Collections.SECRET_TOKEN, Collections.PROXY_PASSWORD, Collections.CLIENT_PASSWORD,
                Collections.STOMP_PASSCODE)) {
            assertFalse(yaml.contains(secret), secret);
            assertFalse(EVERYTHING.toString().contains(secret), secret);
        }
    }

    @Test
    void anAddressWithoutAScheme_becomesAChannelOnNoParticularServer() {
        JsonObject relative = channel(EVERYTHING, "Relative");

        assertEquals("{base}/relative", relative.get("address").getAsString());
        assertFalse(relative.has("servers"));
    }

    @Test
    void nullsInAJsonBody_stayInTheExample() {
        SavedRequest request = SavedRequest.of("r", "ws://h/").withMessages(List.of(
                SavedMessage.of("n", MessageFormat.JSON, "{\"a\": null}")));
        JsonObject document = AsyncApiExport.of(Collection.named("c").withItems(List.of(request)));

        String yaml = AsyncApiText.write(document, DocumentFormat.YAML);
        String json = AsyncApiText.write(document, DocumentFormat.JSON);

        assertTrue(yaml.contains("payload:\n              a: null\n"), yaml);
        assertTrue(json.contains("\"payload\": {\n                \"a\": null\n"), json);
    }

    @Test
    void requestsAndMessagesWithTheSameName_getUniqueKeys() {
        SavedMessage twice = SavedMessage.of("Hi", MessageFormat.TEXT, "a");
        SavedRequest request = SavedRequest.of("Same", "ws://h/a").withMessages(List.of(twice, twice));
        JsonObject document = AsyncApiExport.of(Collection.named("c").withItems(List.of(request,
                SavedRequest.of("Same", "ws://h/b"))));

        assertEquals(List.of("Same", "Same-2"), List.copyOf(document.getAsJsonObject("channels").keySet()));
        assertEquals(List.of("Hi", "Hi-2"), List.copyOf(channel(document, "Same").getAsJsonObject("messages").keySet()));
        assertEquals(List.of(), AsyncApiSchema.problems(document));
    }

    @Test
    void yamlShowsMultiLineTextAsBlocks() {
        String yaml = AsyncApiText.write(EVERYTHING, DocumentFormat.YAML);

        assertTrue(yaml.contains("description: |-\n    # Everything\n"), yaml.substring(0, 400));
        assertTrue(yaml.startsWith("asyncapi: 3.0.0\ninfo:\n  title: Everything\n"));
    }

    @Test
    void theItemsTreeKeepsFoldersAndOrder() {
        JsonArray tree = EVERYTHING.getAsJsonArray("x-wscope-items");

        assertEquals("{\"kind\":\"request\",\"channel\":\"Echo\"}", tree.get(0).toString());
        assertEquals("Outer", tree.get(1).getAsJsonObject().get("name").getAsString());
    }
}
