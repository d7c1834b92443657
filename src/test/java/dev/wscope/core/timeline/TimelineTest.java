package dev.wscope.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimelineTest {
    @Test
    void entriesAreNumberedFromOne_andStampedByTheClock() {
        AtomicLong clock = new AtomicLong(1000);
        SessionTimeline timeline = new SessionTimeline(clock::getAndIncrement);
        timeline.append(new TimelineEvent.Connecting("ws://h/"));
        timeline.append(new TimelineEvent.Error("x"));
        assertEquals(2, timeline.size());
        assertEquals(1, timeline.get(0).seq());
        assertEquals(1001, timeline.get(1).epochMillis());
        assertEquals(List.of(timeline.get(1)), timeline.from(1));
        assertThrows(IndexOutOfBoundsException.class, () -> timeline.get(2));
    }

    @Test
    void growsPastManyChunks_inOrder() {
        SessionTimeline timeline = new SessionTimeline(() -> 0L);
        for (int i = 0; i < 100_000; i++) {
            timeline.append(new TimelineEvent.Error(Integer.toString(i)));
        }
        assertEquals(100_000, timeline.size());
        assertEquals("54321", ((TimelineEvent.Error) timeline.get(54_321).event()).message());
        assertEquals(100_000, timeline.get(99_999).seq());
    }

    @Test
    void concurrentAppends_loseNothing_andReadersNeverSeeAHole() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        AtomicBoolean done = new AtomicBoolean();
        AtomicBoolean hole = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                int size = timeline.size();
                if (size > 0 && timeline.get(size - 1) == null) {
                    hole.set(true);
                }
            }
        });
        reader.start();
        Thread[] writers = new Thread[4];
        for (int w = 0; w < writers.length; w++) {
            writers[w] = new Thread(() -> {
                for (int i = 0; i < 25_000; i++) {
                    timeline.append(new TimelineEvent.Error("e"));
                }
            });
            writers[w].start();
        }
        for (Thread writer : writers) {
            writer.join(30_000);
        }
        done.set(true);
        reader.join(10_000);
        assertEquals(100_000, timeline.size());
        Set<Long> seqs = new HashSet<>();
        for (int i = 0; i < timeline.size(); i++) {
            assertNotNull(timeline.get(i));
            assertEquals(i + 1L, timeline.get(i).seq());
            seqs.add(timeline.get(i).seq());
        }
        assertEquals(100_000, seqs.size());
        assertTrue(!hole.get(), "a reader saw a null entry below size()");
    }

    @Test
    void ndjson_usesTheContractsFieldNames() {
        assertJson(new TimelineEvent.Connecting("ws://h/x"), "{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"connecting\",\"url\":\"ws://h/x\"}");
        assertJson(new TimelineEvent.HandshakeRequest("GET /x HTTP/1.1", List.of(new Header("Host", "h"))),
                "{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"handshake-request\",\"line\":\"GET /x HTTP/1.1\",\"headers\":[[\"Host\",\"h\"]]}");
        assertJson(new TimelineEvent.HandshakeResponse(101, "Switching Protocols", List.of()),
                "{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"handshake-response\",\"status\":101,\"reason\":\"Switching Protocols\",\"headers\":[]}");
        assertJson(new TimelineEvent.Opened(null, List.of("permessage-deflate")),
                "{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"open\",\"subprotocol\":null,\"extensions\":[\"permessage-deflate\"]}");
        assertJson(TimelineEvent.Message.text(Direction.OUT, "héllo"),
                "{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"sent\",\"format\":\"text\",\"size\":6,\"text\":\"héllo\"}");
        assertJson(TimelineEvent.Message.binary(Direction.IN, new byte[] {0, (byte) 0xff, 0x10}),
                "{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"received\",\"format\":\"binary\",\"size\":3,\"base64\":\"AP8Q\"}");
        assertJson(TimelineEvent.Control.of(true, Direction.OUT, new byte[] {1}),
                "{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"ping\",\"direction\":\"out\",\"size\":1,\"base64\":\"AQ==\"}");
        assertJson(new TimelineEvent.Error("boom"),
                "{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"error\",\"message\":\"boom\"}");
        JsonObject closed = JsonParser.parseString(EventJson.line(new TimelineEntry(1, 0,
                new TimelineEvent.Closed(1006, "", ClosedBy.NETWORK)))).getAsJsonObject();
        assertEquals(1006, closed.get("code").getAsInt());
        assertEquals("network", closed.get("by").getAsString());
        assertTrue(closed.get("meaning").getAsString().startsWith("Abnormal closure"));
    }

    private static void assertJson(TimelineEvent event, String expected) {
        assertEquals(expected, EventJson.line(new TimelineEntry(1, 0, event)));
    }

    @Test
    void timeAlwaysHasMilliseconds() {
        assertEquals("2026-11-22T14:00:00.000Z", EventJson.time(1_795_356_000_000L));
        assertEquals("2026-11-22T14:00:00.123Z", EventJson.time(1_795_356_000_123L));
    }

    @Test
    void closeCodes_meaningsAndWhatMayBeSent() {
        assertTrue(CloseCodes.meaning(1006).contains("no close frame"));
        assertTrue(CloseCodes.meaning(4001).startsWith("Private use"));
        assertTrue(CloseCodes.meaning(3000).startsWith("Registered"));
        assertEquals("Not a valid close code", CloseCodes.meaning(2000));
        for (int reserved : new int[] {1004, 1005, 1006, 1015}) {
            assertTrue(CloseCodes.checkSendable(reserved, "").orElseThrow().contains("reserved"), "" + reserved);
        }
        for (int invalid : new int[] {0, 999, 1016, 2000, 2999, 5000}) {
            assertTrue(CloseCodes.checkSendable(invalid, "").orElseThrow().contains("may not be sent"), "" + invalid);
        }
        for (int fine : new int[] {1000, 1001, 1003, 1007, 1011, 1014, 3000, 4999}) {
            assertTrue(CloseCodes.checkSendable(fine, "bye").isEmpty(), "" + fine);
        }
        assertTrue(CloseCodes.checkSendable(1000, "x".repeat(123)).isEmpty());
        assertTrue(CloseCodes.checkSendable(1000, "é".repeat(62)).orElseThrow().contains("124 bytes"),
                "multi-byte characters count as bytes");
    }

    @Test
    void previews_areOneShortLine() {
        assertEquals("{ \"a\": 1 }", EventText.preview(TimelineEvent.Message.text(Direction.IN, "{\n  \"a\": 1\n}"), 100));
        assertEquals("abcd…", EventText.preview(TimelineEvent.Message.text(Direction.IN, "abcdefgh"), 5));
        assertEquals("base64 AP8Q", EventText.preview(TimelineEvent.Message.binary(Direction.IN, new byte[] {0, -1, 16}), 100));
        assertEquals("1000 Normal closure (by client): done",
                EventText.preview(new TimelineEvent.Closed(1000, "done", ClosedBy.CLIENT), 100));
        assertEquals("512 B", EventText.size(512));
        assertEquals("1.5 KiB", EventText.size(1536));
        assertEquals("10.0 MiB", EventText.size(10L * 1024 * 1024));
    }
}
