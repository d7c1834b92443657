package dev.wscope.protocol.socketio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.timeline.Direction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Socket.IO's codec over the frames socket.io 4.8.1 and 2.5 sent and took (src/test/resources/protocol/socketio). */
class SocketIoCodecTest {
    private final SocketIoCodec codec = new SocketIoCodec();

    @ParameterizedTest
    @ValueSource(strings = {"eio4-session.txt", "eio4-refused.txt", "eio3-session.txt", "eio3-refused.txt", "eio3-namespace.txt"})
    void realServersFrames_decodeToTheirType_andTheirPacketsEncodeBackToTheSameText(String fixture) throws IOException {
        List<String> frames = frames(fixture);
        assertTrue(frames.size() >= 3, fixture);
        for (String line : frames) {
            String[] parts = line.split(" ", 3);
            Direction direction = parts[0].equals("in") ? Direction.IN : Direction.OUT;
            boolean binary = parts[2].startsWith("base64:");
            byte[] payload = binary ? Base64.getDecoder().decode(parts[2].substring(7)) : parts[2].getBytes(StandardCharsets.UTF_8);

            Optional<Decoded> decoded = codec.decode(direction, binary, payload);

            assertTrue(decoded.isPresent(), line);
            assertEquals(parts[1], decoded.get().type(), line);
            assertEquals(parts[1].equals("ping") || parts[1].equals("pong"), decoded.get().heartbeat(), line);
            if (!binary && parts[2].startsWith("4")) {
                assertEquals(parts[2].substring(1), SocketIoPacket.parse(parts[2].substring(1)).orElseThrow().encode(), line);
            }
        }
    }

    @Test
    void event_hasItsNameArgsNamespaceAndId() {
        Decoded decoded = decode("42/admin,7[\"chat\",\"hi\",{\"room\":1}]");

        assertEquals("event", decoded.type());
        assertEquals("emit /admin chat #7 [\"hi\",{\"room\":1}]", decoded.summary());
        assertEquals(JsonParser.parseString("{\"type\":\"event\",\"namespace\":\"/admin\",\"id\":7,\"event\":\"chat\","
                + "\"args\":[\"hi\",{\"room\":1}]}"), decoded.fields());
    }

    @Test
    void binaryEvent_saysItsAttachments_andTheBinaryFrameIsOne() {
        Decoded event = decode("452-[\"upload\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
        Decoded attachment = codec.decode(Direction.IN, true, new byte[] {1, 2, 3}).orElseThrow();

        assertEquals("emit upload [{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}] + 2 binary attachments",
                event.summary());
        assertEquals(2, event.fields().get("attachments").getAsInt());
        assertEquals("attachment", attachment.type());
        assertEquals("binary attachment, 3 bytes", attachment.summary());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "40|connect|connect /",
        "40/admin,{\"token\":\"x\"}|connect|connect /admin {\"token\":\"x\"}",
        "41/admin,|disconnect|disconnect /admin",
        "43/admin,2[\"ok\"]|ack|ack /admin #2 [\"ok\"]",
        "461-5[{\"_placeholder\":true,\"num\":0}]|ack|ack #5 [{\"_placeholder\":true,\"num\":0}] + 1 binary attachment",
        "44{\"message\":\"not authorized\",\"data\":{\"code\":7}}|connect_error|connect_error /: not authorized {\"code\":7}",
        "44/admin,\"Invalid namespace\"|connect_error|connect_error /admin: Invalid namespace",
        "1|close|close",
        "2|ping|ping",
        "3probe|pong|pong probe",
        "5|upgrade|upgrade",
        "6|noop|noop",
    })
    void everyPacketType_hasItsWordAndSummary(String frame, String type, String summary) {
        Decoded decoded = decode(frame);

        assertEquals(type, decoded.type());
        assertEquals(summary, decoded.summary());
        assertEquals(type, decoded.fields().get("type").getAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "", "{\"seq\":1}", "7", "4x", "42[\"unterminated", "2ping", "0not json", "1extra"})
    void framesThatAreNotSocketIo_areShownRaw(String frame) {
        assertEquals(Optional.empty(), codec.decode(Direction.IN, false, frame.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void recognises_anEngineIoOpenPacket_only() {
        byte[] open = "0{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":20000}".getBytes(StandardCharsets.UTF_8);

        assertTrue(codec.recognises(null, false, open));
        assertFalse(codec.recognises(null, false, "0{\"sid\":\"a\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(codec.recognises(null, false, "{\"type\":\"welcome\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(codec.recognises(null, true, open));
    }

    private Decoded decode(String frame) {
        return codec.decode(Direction.IN, false, frame.getBytes(StandardCharsets.UTF_8)).orElseThrow(() -> new AssertionError(frame));
    }

    private static List<String> frames(String fixture) throws IOException {
        try (InputStream in = SocketIoCodecTest.class.getResourceAsStream("/protocol/socketio/" + fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        }
    }
}
