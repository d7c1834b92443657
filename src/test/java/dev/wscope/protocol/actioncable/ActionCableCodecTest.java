package dev.wscope.protocol.actioncable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.timeline.Direction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every Action Cable frame, as Rails 6.1 and a client wrote them (src/test/resources/protocol/actioncable). */
class ActionCableCodecTest {
    private final ActionCableCodec codec = new ActionCableCodec();

    static List<String> fixture(String name) throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/protocol/actioncable", name));
    }

    private Decoded in(String frame) {
        return codec.decode(Direction.IN, false, frame.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    private Decoded out(String frame) {
        return codec.decode(Direction.OUT, false, frame.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    private static void assertFields(String json, Decoded decoded) {
        assertEquals(JsonParser.parseString(json), decoded.fields(), decoded.fields().toString());
    }

    @Test
    void theServersFrames_inWords_withTheirFields_andOnlyThePingAHeartbeat() throws IOException {
        List<Decoded> decoded = fixture("server-frames.txt").stream().map(this::in).toList();

        assertEquals(List.of("welcome", "ping 1796489285", "confirm EchoChannel", "reject SecretChannel",
                "message EchoChannel {\"text\":\"hi\"}", "disconnect unauthorized (no reconnect)"),
                decoded.stream().map(Decoded::summary).toList());
        assertEquals(List.of("welcome", "ping", "confirm_subscription", "reject_subscription", "message", "disconnect"),
                decoded.stream().map(Decoded::type).toList());
        assertEquals(List.of(false, true, false, false, false, false), decoded.stream().map(Decoded::heartbeat).toList());
        assertFields("{\"type\":\"welcome\"}", decoded.get(0));
        assertFields("{\"type\":\"ping\",\"message\":1796489285}", decoded.get(1));
        assertFields("{\"type\":\"confirm_subscription\",\"identifier\":{\"channel\":\"EchoChannel\",\"room\":\"1\"}}", decoded.get(2));
        assertFields("{\"type\":\"reject_subscription\",\"identifier\":{\"channel\":\"SecretChannel\"}}", decoded.get(3));
        assertFields("{\"type\":\"message\",\"identifier\":{\"channel\":\"EchoChannel\",\"room\":\"1\"},\"message\":{\"text\":\"hi\"}}",
                decoded.get(4));
        assertFields("{\"type\":\"disconnect\",\"reason\":\"unauthorized\",\"reconnect\":false}", decoded.get(5));
    }

    @Test
    void theClientsCommands_withTheirIdentifierAndDataAsObjects() throws IOException {
        List<Decoded> decoded = fixture("client-frames.txt").stream().map(this::out).toList();

        assertEquals(List.of("subscribe EchoChannel", "perform EchoChannel speak {\"text\":\"hi\"}", "unsubscribe EchoChannel"),
                decoded.stream().map(Decoded::summary).toList());
        assertFields("{\"type\":\"subscribe\",\"identifier\":{\"channel\":\"EchoChannel\",\"room\":\"1\"}}", decoded.get(0));
        assertFields("{\"type\":\"message\",\"identifier\":{\"channel\":\"EchoChannel\",\"room\":\"1\"},"
                + "\"data\":{\"action\":\"speak\",\"text\":\"hi\"}}", decoded.get(1));
        assertEquals("message EchoChannel {\"text\":\"plain\"}",
                out("{\"command\":\"message\",\"identifier\":\"{\\\"channel\\\":\\\"EchoChannel\\\"}\",\"data\":\"{\\\"text\\\":\\\"plain\\\"}\"}")
                        .summary(), "a message without an action goes to the channel's receive");
    }

    @Test
    void aDisconnectThatLetsTheClientComeBack_andOneWithoutAReason() {
        assertEquals("disconnect server_restart (may reconnect)",
                in("{\"type\":\"disconnect\",\"reason\":\"server_restart\",\"reconnect\":true}").summary());
        assertEquals("disconnect", in("{\"type\":\"disconnect\"}").summary());
    }

    @Test
    void anIdentifierThatHoldsNoObject_isShownAsItsString() {
        Decoded decoded = in("{\"identifier\":\"not json\",\"type\":\"confirm_subscription\"}");

        assertEquals("confirm not json", decoded.summary());
        assertEquals("not json", decoded.fields().get("identifier").getAsString());
    }

    @Test
    void aNewerServersType_isShownByItsWord() {
        Decoded decoded = in("{\"type\":\"confirm_history\",\"identifier\":\"{\\\"channel\\\":\\\"ChatChannel\\\"}\"}");

        assertEquals("confirm_history", decoded.type());
        assertEquals("confirm_history ChatChannel", decoded.summary());
    }

    @Test
    void aLongMessage_isCutInTheSummary_butWholeInTheFields() {
        String text = "x".repeat(500);
        Decoded decoded = in("{\"identifier\":\"{\\\"channel\\\":\\\"EchoChannel\\\"}\",\"message\":\"" + text + "\"}");

        assertTrue(decoded.summary().endsWith("…"), decoded.summary());
        assertTrue(decoded.summary().length() < 200, decoded.summary());
        assertEquals(text, decoded.fields().get("message").getAsString());
    }

    @Test
    void framesThatAreNotActionCable_areShownRaw() {
        for (String frame : List.of("hello", "[1,2]", "{\"text\":\"hi\"}", "{\"identifier\":\"x\"}", "{\"command\":\"subscribe\"}")) {
            assertEquals(Optional.empty(), codec.decode(Direction.IN, false, frame.getBytes(StandardCharsets.UTF_8)), frame);
            assertEquals(Optional.empty(), codec.decode(Direction.OUT, false, frame.getBytes(StandardCharsets.UTF_8)), frame);
        }
        assertEquals(Optional.empty(), codec.decode(Direction.IN, true, "{\"type\":\"welcome\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void recognisesTheSubprotocolOrTheWelcome() {
        byte[] welcome = "{\"type\":\"welcome\"}".getBytes(StandardCharsets.UTF_8);
        assertTrue(codec.recognises("actioncable-v1-json", false, null));
        assertTrue(codec.recognises(null, false, welcome));
        assertFalse(codec.recognises(null, true, welcome));
        assertFalse(codec.recognises(null, false, "{\"type\":\"ping\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(codec.recognises("graphql-transport-ws", false, "0{\"sid\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
    }
}
