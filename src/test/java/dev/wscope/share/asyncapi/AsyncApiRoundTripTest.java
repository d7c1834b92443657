package dev.wscope.share.asyncapi;

import static dev.wscope.share.asyncapi.AsyncApiImportTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.SavedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Someone else's document imported, then exported as `wscope import` and `wscope asyncapi` do it (through
 * the collection file and the schema check): every channel's address, the servers and info.version come back.
 */
class AsyncApiRoundTripTest {
    private static final Map<String, List<String>> SLACK = Map.of("production", List.of("https", "slack.com", "/api/rtm.connect"));
    private static final Map<String, List<String>> GEMINI = Map.of("public", List.of("wss", "api.gemini.com", ""));

    /** A fixture and its servers as protocol, host and pathname. */
    record Document(String fixture, Map<String, List<String>> servers) {
        @Override
        public String toString() {
            return fixture;
        }
    }

    static Stream<Document> documents() {
        return Stream.of(new Document("slack-rtm-like-3.0.yml", SLACK), new Document("slack-rtm-like-2.6.yml", SLACK),
                new Document("kraken-multiple-channels-3.0.yml", Map.of()),
                new Document("gemini-3.0.yml", GEMINI), new Document("gemini-2.6.yml", GEMINI));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void importThenExport_keepsEveryChannelAddressTheServersAndTheVersion(Document document) {
        JsonObject original = fixture(document.fixture());

        JsonObject exported = exported(AsyncApiImport.of(original));

        assertEquals(addresses(original), addresses(exported));
        assertEquals(document.servers(), servers(exported));
        assertEquals(original.getAsJsonObject("info").get("version").getAsString(),
                exported.getAsJsonObject("info").get("version").getAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"slack-rtm-like-3.0.yml", "slack-rtm-like-2.6.yml"})
    void withoutServers_theAddressesKeepTheChannelPath_andTheExportInventsNoServer(String fixture) {
        JsonObject document = fixture(fixture);
        document.remove("servers");

        Collection imported = AsyncApiImport.of(document);
        JsonObject exported = exported(imported);

        assertEquals(List.of("{{server}}/", "{{server}}/teams/{{team}}"), urls(imported));
        assertFalse(imported.environments().get(0).variable("server").orElseThrow().hasValue(),
                "{{server}} is there to be filled in");
        assertEquals(List.of("/", "/teams/{team}"), addresses(exported));
        assertFalse(exported.has("servers"), exported.toString());
    }

    static List<String> urls(Collection collection) {
        return collection.requests().stream().map(SavedRequest::url).toList();
    }

    /** The export as `wscope asyncapi` writes it, read back; it must pass the official schema. */
    private static JsonObject exported(Collection collection) {
        AsyncApiFiles.Export export = AsyncApiFiles.export(collection, DocumentFormat.YAML);
        assertEquals(List.of(), export.schemaProblems());
        return AsyncApiText.parse(export.text());
    }

    /** The channels' addresses in order: 2.x keys them by address, 3.x says it in "address". */
    private static List<String> addresses(JsonObject document) {
        boolean keyedByAddress = document.get("asyncapi").getAsString().startsWith("2.");
        List<String> addresses = new ArrayList<>();
        for (var channel : Trees.entries(document, "channels")) {
            addresses.add(keyedByAddress ? channel.getKey() : Trees.text(channel.getValue().getAsJsonObject(), "address"));
        }
        return addresses;
    }

    private static Map<String, List<String>> servers(JsonObject document) {
        Map<String, List<String>> servers = new LinkedHashMap<>();
        for (var server : Trees.entries(document, "servers")) {
            JsonObject fields = server.getValue().getAsJsonObject();
            servers.put(server.getKey(), List.of(Trees.text(fields, "protocol"), Trees.text(fields, "host"),
                    Trees.text(fields, "pathname")));
        }
        return servers;
    }
}
