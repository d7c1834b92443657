package dev.wscope.core.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast line writer writes what Gson writes, and every kind of line reads back as it was. */
class EventLinesTest {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final String NASTY = "\"\\/\b\f\n\r\t\u0000\u0001\u001f\u007f<&>'=\u2028\u2029é€😀\uFFFD";

    private static String fast(TimelineEntry entry) throws Exception {
        EventLines lines = new EventLines();
        lines.add(entry);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.writeTo(out);
        String line = out.toString(StandardCharsets.UTF_8);
        assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, "one line: " + line);
        return line.substring(0, line.length() - 1);
    }

    @Test
    void messages_areWrittenExactlyAsGsonWritesThem() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                text.append(random.nextInt(3) == 0 ? NASTY.charAt(random.nextInt(NASTY.length()))
                        : (char) (' ' + random.nextInt(95)));
            }
            String clean = new String(text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            long time = random.nextLong() % 4_000_000_000_000L;
            TimelineEntry entry = new TimelineEntry(random.nextInt(1_000_000) + 1, time,
                    i % 5 == 0 ? TimelineEvent.Message.binary(Direction.IN, clean.getBytes(StandardCharsets.UTF_8))
                            : TimelineEvent.Message.text(i % 2 == 0 ? Direction.IN : Direction.OUT, clean));
            assertEquals(GSON.toJson(EventJson.toJson(entry)), fast(entry), "entry " + i);
        }
    }

    @Test
    void aBigTextWithManyEscapes_isWrittenWhole() throws Exception {
        String text = "\n\"é\u2028".repeat(40_000);
        TimelineEntry entry = new TimelineEntry(1, 0, TimelineEvent.Message.text(Direction.IN, text));
        assertEquals(GSON.toJson(EventJson.toJson(entry)), fast(entry));
        assertEquals(text, ((TimelineEvent.Message) EventJsonReader.parse(fast(entry)).event()).text());
    }

    @Test
    void textThatIsNotUtf8_isWrittenAsBase64AndReadBackByteForByte() throws Exception {
        byte[] bytes = {'a', (byte) 0xc3, '(', (byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xf0, (byte) 0x9f};
        TimelineEntry entry = new TimelineEntry(3, 5, new TimelineEvent.Message(Direction.OUT, false, bytes));
        String line = fast(entry);
        assertTrue(line.contains("\"format\":\"text\"") && line.contains("\"base64\""), line);
        TimelineEvent.Message back = (TimelineEvent.Message) EventJsonReader.parse(line).event();
        assertArrayEquals(bytes, back.payload());
        assertEquals(false, back.binary());
    }

    @Test
    void everyKind_readsBackAsWritten() throws Exception {
        List<TimelineEvent> events = List.of(
                new TimelineEvent.Connecting("ws://h:1/x?y=1"),
                new TimelineEvent.HandshakeRequest("GET /x HTTP/1.1", List.of(new Header("Host", "h"), new Header("Cookie", "a=1; b=2"))),
                new TimelineEvent.HandshakeResponse(101, "Switching Protocols", List.of(new Header("Upgrade", "websocket"))),
                new TimelineEvent.HandshakeResponse(403, null, List.of()),
                new TimelineEvent.Opened("graphql-ws", List.of("permessage-deflate")),
                new TimelineEvent.Opened(null, List.of()),
                TimelineEvent.Control.of(true, Direction.OUT, new byte[] {1, 2}),
                new TimelineEvent.Control(false, Direction.IN, null, 12),
                TimelineEvent.Control.pongIn(new byte[] {1, 2}, java.time.Duration.ofNanos(412_000)),
                new TimelineEvent.Error("boom \"quoted\""),
                new TimelineEvent.Closed(1006, "", ClosedBy.NETWORK),
                new TimelineEvent.Closed(4000, "bye", ClosedBy.SERVER));
        long seq = 1;
        for (TimelineEvent event : events) {
            TimelineEntry entry = new TimelineEntry(seq++, 1_795_356_000_123L, event);
            TimelineEntry back = EventJsonReader.parse(fast(entry));
            assertEquals(entry.seq(), back.seq());
            assertEquals(entry.epochMillis(), back.epochMillis());
            if (event instanceof TimelineEvent.Control control) {
                TimelineEvent.Control read = (TimelineEvent.Control) back.event();
                assertEquals(control.ping(), read.ping());
                assertEquals(control.direction(), read.direction());
                assertEquals(control.size(), read.size());
                assertArrayEquals(control.payload(), read.payload());
                assertEquals(control.roundTrip(), read.roundTrip());
            } else {
                assertEquals(event, back.event());
            }
        }
    }

    @Test
    void wrongLines_sayWhatIsWrong() {
        assertEquals("not JSON", message("{\"seq\":1,").substring(0, 8));
        assertTrue(message("{\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"error\",\"message\":\"x\"}").contains("\"seq\""));
        assertTrue(message("{\"seq\":1,\"time\":\"yesterday\",\"kind\":\"error\",\"message\":\"x\"}").contains("time"));
        assertTrue(message("{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"party\"}").contains("party"));
        assertTrue(message("{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"sent\",\"format\":\"binary\",\"base64\":\"*\"}")
                .contains("Base64"));
        assertTrue(message("[1]").contains("object"));
        assertTrue(message("{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"pong\",\"direction\":\"in\","
                + "\"base64\":\"\",\"rttMillis\":-1}").contains("rttMillis"));
    }

    private static String message(String line) {
        return assertThrows(IllegalArgumentException.class, () -> EventJsonReader.parse(line)).getMessage();
    }
}
