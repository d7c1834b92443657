package dev.wscope.protocol.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.timeline.Direction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GraphQlCodecTest {
    private final GraphQlCodec codec = new GraphQlCodec();

    /** Every frame the real servers sent and their clients answered, from src/test/resources/protocol/graphql. */
    static Stream<Arguments> capturedFrames() {
        return Stream.of("graphql-transport-ws.txt", "graphql-ws-legacy.txt").flatMap(file -> lines(file).stream()
                .map(line -> Arguments.of(file, line.startsWith("<< ") ? Direction.IN : Direction.OUT, line.substring(3))));
    }

    private static List<String> lines(String file) {
        try (InputStream in = GraphQlCodecTest.class.getResourceAsStream("/protocol/graphql/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("capturedFrames")
    void everyCapturedFrameDecodesToItsTypeIdAndPayload(String file, Direction direction, String frame) {
        JsonObject sent = JsonParser.parseString(frame).getAsJsonObject();
        Decoded decoded = decode(direction, frame).orElseThrow();

        assertEquals(sent.get("type").getAsString(), decoded.type());
        assertTrue(decoded.summary().startsWith(decoded.type()), decoded.summary());
        JsonObject fields = decoded.fields();
        assertEquals(sent.get("type"), fields.get("type"));
        assertEquals(sent.get("id"), fields.get("id"));
        assertEquals(sent.get("payload"), fields.get("payload"));
        assertEquals(sent.keySet(), fields.keySet(), "the fields are the frame's own");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{\"greetings\":\"Hi\"}}}|next #1 {\"greetings\":\"Hi\"}",
        "{\"type\":\"data\",\"id\":\"1\",\"payload\":{\"data\":{\"greetings\":\"Hi\"}}}|data #1 {\"greetings\":\"Hi\"}",
        "{\"type\":\"subscribe\",\"id\":\"2\",\"payload\":{\"query\":\"query Q($n: String) {\\n  hello(name: $n)\\n}\","
            + "\"variables\":{\"n\":\"Ada\"},\"operationName\":\"Q\"}}|subscribe #2 Q: query Q($n: String) { hello(name: $n) } {\"n\":\"Ada\"}",
        "{\"type\":\"start\",\"id\":\"1\",\"payload\":{\"query\":\"subscription { greetings }\",\"variables\":{}}}|start #1 subscription { greetings }",
        "{\"id\":\"4\",\"type\":\"error\",\"payload\":[{\"message\":\"Cannot query field \\\"nope\\\" on type \\\"Query\\\".\"},{\"message\":\"two\"}]}"
            + "|error #4 Cannot query field \"nope\" on type \"Query\".; two",
        "{\"type\":\"data\",\"id\":\"4\",\"payload\":{\"errors\":[{\"message\":\"Cannot query field\"}]}}|data #4 errors: Cannot query field",
        "{\"type\":\"next\",\"id\":\"4\",\"payload\":{\"data\":{\"a\":null},\"errors\":[{\"message\":\"half\"}]}}|next #4 {\"a\":null} errors: half",
        "{\"type\":\"error\",\"id\":\"5\",\"payload\":{\"message\":\"legacy words\"}}|error #5 legacy words",
        "{\"type\":\"connection_error\",\"payload\":{\"message\":\"a token is needed\"}}|connection_error a token is needed",
        "{\"id\":\"1\",\"type\":\"complete\"}|complete #1",
        "{\"type\":\"complete\",\"id\":\"1\",\"payload\":null}|complete #1",
        "{\"type\":\"stop\",\"id\":\"5\"}|stop #5",
        "{\"type\":\"connection_init\",\"payload\":{\"token\":\"let-me-in\"}}|connection_init {\"token\":\"let-me-in\"}",
        "{\"type\":\"connection_ack\"}|connection_ack",
        "{\"type\":\"connection_terminate\"}|connection_terminate",
        "{\"type\":\"pong\",\"payload\":{\"x\":1}}|pong {\"x\":1}",
    })
    void summariesPairResultsWithTheirOperationById(String frame, String summary) {
        assertEquals(summary, decode(Direction.IN, frame).orElseThrow().summary());
    }

    @Test
    void aLongQueryIsCutInTheSummaryButWholeInTheFields() {
        String query = "query { " + "field ".repeat(40) + "}";
        Decoded decoded = decode(Direction.OUT, "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"" + query + "\"}}").orElseThrow();

        assertEquals("subscribe #1 " + query.substring(0, 120) + "…", decoded.summary());
        assertEquals(query, decoded.fields().getAsJsonObject("payload").get("query").getAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"ping\"}", "{\"type\":\"pong\"}", "{\"type\":\"ka\"}"})
    void pingPongAndKaAreHeartbeats(String frame) {
        assertTrue(decode(Direction.IN, frame).orElseThrow().heartbeat());
    }

    @Test
    void resultsAreNoHeartbeats() {
        assertFalse(decode(Direction.IN, "{\"id\":\"1\",\"type\":\"next\",\"payload\":{\"data\":{}}}").orElseThrow().heartbeat());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "[1,2]", "{\"type\":\"chat\",\"text\":\"hi\"}", "{\"kind\":\"next\"}", "{\"type\":7}", "{", ""})
    void whatIsNoGraphQlMessageIsShownRaw(String frame) {
        assertEquals(Optional.empty(), decode(Direction.IN, frame));
    }

    @Test
    void aBinaryFrameIsShownRaw() {
        assertEquals(Optional.empty(), codec.decode(Direction.IN, true, "{\"type\":\"ka\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void recognisesEitherDialectBySubprotocol() {
        assertTrue(codec.recognises("graphql-transport-ws", false, null));
        assertTrue(codec.recognises("graphql-ws", false, "{\"type\":\"ka\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(codec.recognises(null, false, "{\"type\":\"connection_ack\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(codec.recognises("v12.stomp", false, null));
    }

    private Optional<Decoded> decode(Direction direction, String frame) {
        return codec.decode(direction, false, frame.getBytes(StandardCharsets.UTF_8));
    }
}
