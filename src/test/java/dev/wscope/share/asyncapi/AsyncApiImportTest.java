package dev.wscope.share.asyncapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Variable;
import dev.wscope.core.variables.VariableResolver;
import dev.wscope.store.FormatProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official AsyncAPI examples in src/test/resources/asyncapi (see SOURCE.md there). */
class AsyncApiImportTest {
    static JsonObject fixture(String name) {
        try (InputStream in = AsyncApiImportTest.class.getResourceAsStream("/asyncapi/" + name)) {
            return AsyncApiText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> names(List<SavedMessage> messages) {
        return messages.stream().map(SavedMessage::name).toList();
    }

    @Test
    void everyFixtureFollowsItsOfficialSchema() {
        for (String name : List.of("gemini-3.0.yml", "gemini-2.6.yml", "kraken-multiple-channels-3.0.yml",
                "slack-rtm-like-3.0.yml", "slack-rtm-like-2.6.yml")) {
            assertEquals(List.of(), AsyncApiSchema.problems(fixture(name)), name);
        }
    }

    @Test
    void gemini30_importsItsOneChannelWithBothExamples_readyToConnect() {
        Collection gemini = AsyncApiImport.of(fixture("gemini-3.0.yml"));

        assertEquals("Gemini Market Data Websocket API", gemini.name());
        assertEquals(1, gemini.requests().size());
        SavedRequest market = gemini.requests().get(0);
        assertEquals("marketDataV1", market.name());
        assertEquals("wss://api.gemini.com/v1/marketdata/{{symbol}}", market.url());
        assertEquals(List.of("updateMessage", "heartbeatMessage"), names(market.messages()));
        assertTrue(market.messages().stream().allMatch(SavedMessage::fromServer), "the server sends market data");
        assertEquals(MessageFormat.JSON, market.messages().get(1).format());
        assertEquals("{\n  \"type\": \"heartbeat\",\n  \"socket_sequence\": 1656\n}", market.messages().get(1).body());
        Environment publicServer = gemini.environment("public").orElseThrow();
        assertEquals("wss://api.gemini.com/v1/marketdata/btcusd",
                VariableResolver.of(publicServer).resolve(market.connectRequest()).url());
    }

    @Test
    void gemini30_queryBindingBecomesParams_offUntilChosen() {
        SavedRequest market = AsyncApiImport.of(fixture("gemini-3.0.yml")).requests().get(0);

        assertEquals(List.of(new KeyValue(false, "heartbeat", "false"), new KeyValue(false, "top_of_book", "false"),
                new KeyValue(false, "bids", "true"), new KeyValue(false, "offers", "true"),
                new KeyValue(false, "trades", "true"), new KeyValue(false, "auctions", "true")), market.params());
        assertTrue(market.spec().description().contains("`{{symbol}}`: Symbols are formatted as CCY1CCY2"));
        assertTrue(market.spec().description().contains("**sendMarketData** (the server sends)"));
    }

    @Test
    void gemini26_importsTheSameChannelAndMessages() {
        Collection gemini = AsyncApiImport.of(fixture("gemini-2.6.yml"));

        assertEquals(1, gemini.requests().size());
        SavedRequest market = gemini.requests().get(0);
        assertEquals("/v1/marketdata/{symbol}", market.name());
        assertEquals("wss://api.gemini.com/v1/marketdata/{{symbol}}", market.url());
        assertEquals(List.of("updateMessage", "heartbeatMessage"), names(market.messages()));
        assertTrue(market.messages().stream().allMatch(SavedMessage::fromServer), "subscribe: the server sends");
        assertEquals(6, market.params().size());
        assertEquals(List.of(Variable.plain("symbol", "btcusd")), gemini.environment("public").orElseThrow().variables());
    }

    @Test
    void kraken_importsSevenChannels_withEveryDeclaredMessage() {
        Collection kraken = AsyncApiImport.of(fixture("kraken-multiple-channels-3.0.yml"));

        assertEquals(List.of("ping", "pong", "heartbeat", "systemStatus", "currencyInfo", "subscribe", "unsubscribe"),
                kraken.requests().stream().map(SavedRequest::name).toList());
        assertEquals(List.of("subscriptionStatus 1", "subscriptionStatus 2", "dummyCurrencyInfo"),
                names(kraken.requests().get(4).messages()));
        assertEquals(9, kraken.requests().stream().mapToInt(r -> r.messages().size()).sum(),
                "8 declared messages; subscriptionStatus has two examples");
        assertEquals("{{server}}/", kraken.requests().get(0).url(), "the document names no server");
        var server = kraken.environments().get(0).variable("server").orElseThrow();
        assertEquals(false, server.hasValue(), "a variable to fill in, pointed out before anything is sent");
    }

    @Test
    void kraken_directionsFollowTheOperationsAndTheirReplies() {
        List<SavedRequest> requests = AsyncApiImport.of(fixture("kraken-multiple-channels-3.0.yml")).requests();

        assertEquals(List.of(false, true, true, true, true, false, false), requests.stream()
                .map(r -> r.messages().get(0).fromServer()).toList());
    }

    @Test
    void kraken_messagesWithoutExamples_getABodyMadeFromTheirSchema() {
        List<SavedRequest> requests = AsyncApiImport.of(fixture("kraken-multiple-channels-3.0.yml")).requests();

        assertEquals("{\n  \"event\": \"ping\",\n  \"reqid\": 0\n}", requests.get(0).messages().get(0).body());
        SavedMessage subscribe = requests.get(5).messages().get(0);
        assertTrue(subscribe.body().contains("\"name\": \"book\""), subscribe.body());
        assertTrue(subscribe.body().contains("\"depth\": 10"), subscribe.body());
    }

    @Test
    void anHttpsServer_isWhereTheWebSocketStarts_soItsAddressesAreWss() {
        for (String name : List.of("slack-rtm-like-3.0.yml", "slack-rtm-like-2.6.yml")) {
            Collection slack = AsyncApiImport.of(fixture(name));

            assertEquals(List.of("wss://slack.com/api/rtm.connect/", "wss://slack.com/api/rtm.connect/teams/{{team}}"),
                    AsyncApiRoundTripTest.urls(slack), name);
            assertEquals(List.of(Variable.plain("team", "T024BE7LD")), slack.environment("production").orElseThrow()
                    .variables(), name);
        }
    }

    @Test
    void aDocumentOfAnotherVersionIsRefusedInWords() {
        JsonObject old = AsyncApiText.parse("asyncapi: 1.2.0\ninfo: {title: x}\n");
        JsonObject none = AsyncApiText.parse("openapi: 3.1.0\n");

        assertEquals("AsyncAPI 1.2.0 is not supported: Wscope imports 2.x and 3.x documents",
                assertThrows(FormatProblem.class, () -> AsyncApiImport.of(old)).getMessage());
        assertEquals("no \"asyncapi\" field: this is not an AsyncAPI document",
                assertThrows(FormatProblem.class, () -> AsyncApiImport.of(none)).getMessage());
    }

    @Test
    void jsonAndYamlFlowStyleAreBothRead() {
        String json = "{\"asyncapi\": \"3.0.0\", \"info\": {\"title\": \"J\", \"version\": \"1\"}}";
        String flow = "{asyncapi: 3.0.0, info: {title: Y, version: '1'}}";

        assertEquals("J", AsyncApiImport.of(AsyncApiText.parse(json)).name());
        assertEquals("Y", AsyncApiImport.of(AsyncApiText.parse(flow)).name());
    }

    @Test
    void brokenYamlIsReportedWithLineAndColumn() {
        FormatProblem problem = assertThrows(FormatProblem.class,
                () -> AsyncApiText.parse("asyncapi: 3.0.0\nchannels: [a,\n  b: c\n"));

        assertEquals("line 4, column 1: not valid YAML (expected ',' or ']', but got <stream end>)", problem.getMessage());
    }

    @Test
    void severalServers_eachGetAnEnvironment() {
        Collection collection = AsyncApiImport.of(AsyncApiText.parse("""
                asyncapi: 3.0.0
                info: {title: Two, version: '1'}
                servers:
                  prod: {host: 'api.example.com', protocol: wss, pathname: /v1}
                  local: {host: 'localhost:{port}', protocol: ws, variables: {port: {default: '8080'}}}
                  queue: {host: mq.example.com, protocol: amqp}
                channels:
                  feed: {address: /feed}
                """));

        assertEquals("{{server}}/feed", collection.requests().get(0).url());
        assertEquals(List.of("wss://api.example.com/v1", "ws://localhost:8080"), collection.environments().stream()
                .map(e -> e.value("server").orElseThrow()).toList());
    }
}
