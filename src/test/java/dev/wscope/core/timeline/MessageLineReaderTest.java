package dev.wscope.core.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast payload reader gives the JSON reader's bytes, or steps aside for it. */
class MessageLineReaderTest {
    private static final String NASTY = "\"\\/\b\f\n\r\t\u0000\u001f<&>\u2028é€😀";

    /** What the fast reader gives, or the JSON reader's bytes when it steps aside (as PayloadBlocks does). */
    private static byte[] read(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bytes.length * 2];
        int length = MessageLineReader.payload(bytes, 0, bytes.length, out, 3);
        if (length < 0) {
            return ((TimelineEvent.Message) EventJsonReader.parse(line).event()).payload();
        }
        return Arrays.copyOfRange(out, 3, 3 + length);
    }

    private static byte[] parsed(String line) {
        return ((TimelineEvent.Message) EventJsonReader.parse(line).event()).payload();
    }

    @Test
    void linesAsWritten_readBackTheirPayloads() {
        Random random = new Random(5);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(50); k > 0; k--) {
                text.append(random.nextBoolean() ? NASTY.charAt(random.nextInt(NASTY.length())) : (char) ('a' + random.nextInt(26)));
            }
            byte[] payload = new String(text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_8);
            TimelineEvent event = new TimelineEvent.Message(Direction.IN, i % 4 == 0, payload);
            String line = EventJson.line(new TimelineEntry(i + 1, i, event));
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            int length = MessageLineReader.payload(bytes, 0, bytes.length, new byte[bytes.length * 2], 0);
            assertEquals(payload.length, length, "the fast way takes our own lines: " + line);
            assertArrayEquals(payload, read(line), line);
        }
    }

    @Test
    void otherLayoutsAndOddities_giveWhatTheJsonReaderGives() {
        String head = "{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"received\",\"format\":\"text\"";
        String[] lines = {
            "{\"time\":\"1970-01-01T00:00:00.000Z\",\"seq\":1,\"kind\":\"sent\",\"text\":\"reordered\",\"format\":\"text\"}",
            head + ",\"text\":\"first\",\"text\":\"second\"}",
            head + ",\"text\":\"a\",\"base64\":\"QUJD\"}",
            head + ",\"base64\":\"QUJD\",\"text\":\"a\"}",
            head + ",\"meta\":{\"text\":\"inner\"},\"text\":\"outer\"}",
            head + ",\"text\":\"lone \\ud800 surrogate\"}",
            head + ",\"text\":\"pair \\ud83d\\ude00 and \\u00e9 \\/\"}",
            "{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"received\",\"format\":\"binary\",\"base64\":\"AP\\/Q\"}",
        };
        for (String line : lines) {
            assertArrayEquals(parsed(line), read(line), line);
        }
    }
}
