package dev.wscope.protocol.stomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.timeline.Direction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RabbitMQ's own frames (captured from rabbitmq_web_stomp 3.10) and every command, read as STOMP. */
class StompCodecTest {
    private final StompCodec codec = new StompCodec();

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = StompCodecTest.class.getResourceAsStream("/protocol/stomp/" + name)) {
            return in.readAllBytes();
        }
    }

    private Decoded decode(byte[] payload) {
        return codec.decode(Direction.IN, false, payload).orElseThrow(() -> new AssertionError("not read as STOMP: "
                + new String(payload, StandardCharsets.UTF_8)));
    }

    private Decoded decode(String frame) {
        return decode(frame.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rabbitMqsConnectedNamesTheVersionAndItsHeartBeats() throws IOException {
        Decoded connected = decode(fixture("connected.stomp"));
        assertEquals("CONNECTED", connected.type());
        assertEquals("CONNECTED 1.2", connected.summary());
        assertFalse(connected.heartbeat());
        JsonObject headers = connected.fields().getAsJsonObject("headers");
        assertEquals("1000,1000", headers.get("heart-beat").getAsString());
        assertEquals("RabbitMQ/3.10.8", headers.get("server").getAsString());
        assertEquals("", connected.fields().get("body").getAsString());
    }

    @Test
    void aMessageShowsItsDestinationBodyAndUnescapedHeaders() throws IOException {
        Decoded message = decode(fixture("message.stomp"));
        assertEquals("MESSAGE /topic/prices {\"p\":1}", message.summary());
        assertEquals("MESSAGE", message.fields().get("command").getAsString());
        assertEquals("{\"p\":1}", message.fields().get("body").getAsString());
        JsonObject headers = message.fields().getAsJsonObject("headers");
        assertEquals("a:b\nc", headers.get("note").getAsString(), "\\c and \\n are a colon and a newline");
        assertEquals("sub-0", headers.get("subscription").getAsString());
        assertTrue(headers.get("ack").getAsString().startsWith("T_sub-0@@session-"));
    }

    @Test
    void aReceiptAndAnErrorSayWhatTheyAnswer() throws IOException {
        assertEquals("RECEIPT r-1", decode(fixture("receipt.stomp")).summary());
        Decoded error = decode(fixture("error-access-refused.stomp"));
        assertEquals("ERROR", error.type());
        assertEquals("ERROR Bad CONNECT: Access refused for user 'guest'", error.summary());
        assertEquals("Access refused for user 'guest'\n", error.fields().get("body").getAsString(), "content-length bytes, the NUL after");
    }

    @Test
    void anEndOfLineIsAHeartBeatEitherWay() throws IOException {
        Decoded beat = decode(fixture("heartbeat.stomp"));
        assertTrue(beat.heartbeat());
        assertEquals("heartbeat", beat.type());
        assertTrue(codec.decode(Direction.OUT, false, "\r\n".getBytes(StandardCharsets.UTF_8)).orElseThrow().heartbeat());
    }

    static Stream<Arguments> everyCommand() {
        return Stream.of(
            Arguments.of("CONNECT\naccept-version:1.2\nhost:/\nlogin:guest\n\n", "CONNECT 1.2 guest @/"),
            Arguments.of("STOMP\naccept-version:1.1,1.2\nhost:vh\n\n", "STOMP 1.1,1.2 @vh"),
            Arguments.of("SEND\ndestination:/queue/x\ncontent-length:2\n\nhi", "SEND /queue/x hi"),
            Arguments.of("SUBSCRIBE\nid:sub-0\ndestination:/topic/x\nack:auto\n\n", "SUBSCRIBE /topic/x sub-0"),
            Arguments.of("UNSUBSCRIBE\nid:sub-0\n\n", "UNSUBSCRIBE sub-0"),
            Arguments.of("ACK\nid:m-1\n\n", "ACK m-1"),
            Arguments.of("NACK\nmessage-id:m-2\nsubscription:sub-0\n\n", "NACK m-2"),
            Arguments.of("BEGIN\ntransaction:tx1\n\n", "BEGIN tx1"),
            Arguments.of("COMMIT\ntransaction:tx1\n\n", "COMMIT tx1"),
            Arguments.of("ABORT\ntransaction:tx1\n\n", "ABORT tx1"),
            Arguments.of("DISCONNECT\nreceipt:bye\n\n", "DISCONNECT bye"),
            Arguments.of("CONNECTED\n\n", "CONNECTED 1.0"),
            Arguments.of("ERROR\nmessage:Bad command\n\nCould not interpret command \"BOGUS\"\n", "ERROR Bad command: Could not interpret command \"BOGUS\""));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandHasItsSummary(String frame, String summary) {
        Decoded decoded = decode(frame + "\0");
        assertEquals(summary, decoded.summary());
        assertEquals(frame.substring(0, frame.indexOf('\n')), decoded.type());
    }

    @Test
    void aLongBodyIsCutOnOneLineOfTheSummary() {
        String body = "line one\n" + "x".repeat(200);
        String summary = decode("MESSAGE\ndestination:/topic/x\n\n" + body + "\0").summary();
        assertTrue(summary.startsWith("MESSAGE /topic/x line one xxx"), summary);
        assertTrue(summary.endsWith("…") && summary.length() < 120, summary);
    }

    @Test
    void theFirstOfARepeatedHeaderWinsAndCrLfEndsLinesToo() {
        Decoded decoded = decode("MESSAGE\r\ndestination:/a\r\ndestination:/b\r\n\r\nbody\0");
        assertEquals("/a", decoded.fields().getAsJsonObject("headers").get("destination").getAsString());
        assertEquals("body", decoded.fields().get("body").getAsString());
    }

    @Test
    void aBodyMayHoldANulWhenItsLengthIsGiven() {
        Decoded decoded = decode("MESSAGE\ndestination:/q\ncontent-length:3\n\na\0b\0\n");
        assertEquals("a\0b", decoded.fields().get("body").getAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "{\"type\":\"ping\"}", "MESSAGE\ndestination:/q\n\nno nul", "HELLO\n\n\0", "", "SEND\ncontent-length:9\n\nshort\0"})
    void whatIsNotAStompFrameIsShownRaw(String text) {
        assertEquals(Optional.empty(), codec.decode(Direction.IN, false, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void encodingEscapesHeadersAsTheVersionSays() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("destination", "/q");
        headers.put("note", "a:b\\c\nd\re");
        StompFrame frame = new StompFrame("SEND", headers, "body");
        assertEquals("SEND\ndestination:/q\nnote:a\\cb\\\\c\\nd\\re\n\nbody\0", frame.encode(StompVersion.V1_2));
        assertEquals("SEND\ndestination:/q\nnote:a\\cb\\\\c\\nd\re\n\nbody\0", frame.encode(StompVersion.V1_1));
        assertEquals("SEND\ndestination:/q\nnote:a:b\\c\nd\re\n\nbody\0", frame.encode(StompVersion.V1_0));
        StompFrame back = StompFrame.parse(frame.encode(StompVersion.V1_2).getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertEquals(frame, back, "1.2's escapes read back to the same frame");
    }

    @Test
    void connectFramesAreNeverEscaped() {
        StompFrame connect = StompFrame.of("CONNECT", Map.of("passcode", "a:b\\c"));
        assertEquals("CONNECT\npasscode:a:b\\c\n\n\0", connect.encode(StompVersion.V1_2));
        assertEquals(connect, StompFrame.parse(connect.encode(StompVersion.V1_2).getBytes(StandardCharsets.UTF_8)).orElseThrow());
    }

    @Test
    void recognisesItsSubprotocolsAndAServersFirstFrame() throws IOException {
        assertTrue(codec.recognises("v12.stomp", false, null));
        assertTrue(codec.recognises("v10.stomp", false, null));
        assertTrue(codec.recognises(null, false, fixture("connected.stomp")));
        assertTrue(codec.recognises(null, false, fixture("error-access-refused.stomp")));
        assertFalse(codec.recognises("graphql-ws", false, "{\"type\":\"connection_ack\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(codec.recognises(null, false, fixture("message.stomp")), "a server speaks first only to answer CONNECT");
    }
}
