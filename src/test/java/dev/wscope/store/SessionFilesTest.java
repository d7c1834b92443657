package dev.wscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.Header;
import dev.wscope.core.timeline.PayloadBudget;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.Waits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a session and opening it again gives back every event as it was; a damaged file changes nothing. */
class SessionFilesTest {
    @TempDir
    Path folder;

    private static List<TimelineEvent> everyKind() {
        byte[] big = new byte[70_000];
        new Random(3).nextBytes(big);
        return List.of(
                new TimelineEvent.Connecting("wss://h.example:8443/x?y=1"),
                new TimelineEvent.HandshakeRequest("GET /x?y=1 HTTP/1.1",
                        List.of(new Header("Host", "h.example"), new Header("Cookie", "a=1; b=2"), new Header("X-Empty", ""))),
                new TimelineEvent.HandshakeResponse(101, "Switching Protocols",
                        List.of(new Header("Upgrade", "websocket"), new Header("Sec-WebSocket-Protocol", "graphql-ws"))),
                new TimelineEvent.Opened("graphql-ws", List.of("permessage-deflate; client_max_window_bits")),
                TimelineEvent.Message.text(Direction.OUT, "{\"hello\":\"wörld \\\" \\n\u2028😀\"}"),
                TimelineEvent.Message.text(Direction.IN, ""),
                TimelineEvent.Message.binary(Direction.IN, new byte[] {0, -1, 16, 127, -128}),
                TimelineEvent.Message.binary(Direction.OUT, big),
                TimelineEvent.Message.text(Direction.IN, "x".repeat(40_000)),
                new TimelineEvent.Message(Direction.IN, false, new byte[] {'o', 'k', (byte) 0xc3}),
                TimelineEvent.Control.of(true, Direction.OUT, new byte[] {1, 2, 3}),
                TimelineEvent.Control.of(false, Direction.IN, new byte[0]),
                new TimelineEvent.Control(true, Direction.IN, null, 9),
                new TimelineEvent.Error("Connection reset \"by peer\""),
                new TimelineEvent.Closed(1006, "", ClosedBy.NETWORK),
                new TimelineEvent.Closed(4001, "bye now", ClosedBy.CLIENT),
                new TimelineEvent.HandshakeResponse(401, null, List.of()));
    }

    static void assertSameEntry(TimelineEntry expected, TimelineEntry actual) {
        assertEquals(expected.seq(), actual.seq(), "seq");
        assertEquals(expected.epochMillis(), actual.epochMillis(), "time of " + expected.seq());
        TimelineEvent want = expected.event();
        TimelineEvent got = actual.event();
        assertEquals(want.kind(), got.kind(), "kind of " + expected.seq());
        if (want instanceof TimelineEvent.Message message) {
            TimelineEvent.Message read = (TimelineEvent.Message) got;
            assertEquals(message.direction(), read.direction());
            assertEquals(message.binary(), read.binary(), "format of " + expected.seq());
            assertArrayEquals(message.payload(), read.payload(), "payload of " + expected.seq());
        } else if (want instanceof TimelineEvent.Control control) {
            TimelineEvent.Control read = (TimelineEvent.Control) got;
            assertEquals(control.ping(), read.ping());
            assertEquals(control.direction(), read.direction());
            assertEquals(control.size(), read.size());
            assertArrayEquals(control.payload(), read.payload());
        } else {
            assertEquals(want, got); // records: url, line and headers, status, reason, code, by ...
        }
    }

    private static SessionTimeline timelineOf(List<TimelineEvent> events, PayloadBudget budget) {
        AtomicLong clock = new AtomicLong(1_795_356_000_123L);
        SessionTimeline timeline = new SessionTimeline(() -> clock.getAndAdd(7), budget);
        events.forEach(timeline::append);
        return timeline;
    }

    @Test
    void saveThenOpen_givesBackEveryFieldOfEveryKind() throws Exception {
        SessionTimeline saved = timelineOf(everyKind(), PayloadBudget.unlimited());
        Path file = folder.resolve("session.ndjson");
        SessionFiles.save(saved, file);
        SessionTimeline opened = SessionFiles.open(file);
        assertEquals(saved.size(), opened.size());
        for (int i = 0; i < saved.size(); i++) {
            assertSameEntry(saved.get(i), opened.get(i));
        }
        assertEquals(saved.messagesIn(), opened.messagesIn());
        assertEquals(saved.bytesOut(), opened.bytesOut());
        assertEquals(0, opened.payloadBytesInMemory(), "payloads stay in the file until asked for");
        assertEquals(Files.readAllLines(file).size(), saved.size(), "one line an event");
        opened.discard();
        assertTrue(Files.exists(file), "discarding an opened session never deletes its file");
    }

    @Test
    @Tag("stress")
    void aSpilledSessionOf100000Events_savesAndReopensWhole() throws Exception {
        Random random = new Random(11);
        AtomicLong clock = new AtomicLong(1_000);
        SessionTimeline saved = new SessionTimeline(clock::getAndIncrement, new PayloadBudget(256 * 1024, new SpillFolder(folder.resolve("spill"))));
        for (int i = 0; i < 100_000; i++) {
            saved.append(i % 1000 == 0 ? new TimelineEvent.Error("note " + i) : i % 9 == 0
                    ? TimelineEvent.Message.binary(Direction.IN, bytes(random, 30))
                    : TimelineEvent.Message.text(Direction.IN, "{\"n\":" + i + ",\"v\":\"é" + random.nextInt() + "\"}"));
        }
        Waits.until("payloads spilled to disk", () -> saved.payloadBytesOnDisk() > 0, Duration.ofSeconds(60));
        assertTrue(saved.payloadBytesOnDisk() > 0);
        Path file = folder.resolve("big.ndjson");
        SessionFiles.save(saved, file);
        SessionTimeline opened = SessionFiles.open(file);
        assertEquals(saved.size(), opened.size());
        for (int i = 0; i < saved.size(); i++) {
            assertSameEntry(saved.get(i), opened.get(i));
        }
        saved.discard();
        opened.discard();
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    @Test
    void exportOfChosenRows_reopensWithTheirOwnSeqs() throws Exception {
        SessionTimeline saved = timelineOf(everyKind(), PayloadBudget.unlimited());
        Path file = folder.resolve("rows.ndjson");
        SessionFiles.export(saved, new int[] {2, 4, 7, 14}, file);
        SessionTimeline opened = SessionFiles.open(file);
        assertEquals(4, opened.size());
        int[] chosen = {2, 4, 7, 14};
        for (int row = 0; row < chosen.length; row++) {
            assertSameEntry(saved.get(chosen[row]), opened.get(row));
        }
        assertEquals(16, opened.append(new TimelineEvent.Error("after")).seq(), "numbering goes on from the last");
    }

    @Test
    void aDamagedLine_isNamedByNumber_andTheFileIsLeftAsItWas() throws Exception {
        Path file = folder.resolve("damaged.ndjson");
        SessionFiles.save(timelineOf(everyKind(), PayloadBudget.unlimited()), file);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(4, lines.get(4).substring(0, 20));
        Files.write(file, lines);
        byte[] before = Files.readAllBytes(file);
        StoreException error = assertThrows(StoreException.class, () -> SessionFiles.open(file));
        assertTrue(error.getMessage().contains("line 5") && error.getMessage().contains("not JSON"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        Files.writeString(file, "{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"sent\",\"format\":\"text\"}\n");
        assertTrue(assertThrows(StoreException.class, () -> SessionFiles.open(file)).getMessage().contains("line 1"));
    }

    @Test
    void aSaveThatFails_leavesTheTargetAsItWasAndNoTemporaryFile() throws Exception {
        SessionTimeline timeline = new SessionTimeline(new PayloadBudget(0, new SpillFolder(folder.resolve("spill"))));
        for (int i = 0; i < 20_000; i++) {
            timeline.append(TimelineEvent.Message.text(Direction.IN, "payload " + i + " ".repeat(30)));
        }
        Waits.until("payloads spilled to disk", () -> timeline.payloadBytesOnDisk() > 0, Duration.ofSeconds(60));
        timeline.discard(); // the spilled payloads cannot be read back any more
        Path target = Files.writeString(folder.resolve("kept.ndjson"), "the previous save\n");
        StoreException error = assertThrows(StoreException.class, () -> SessionFiles.save(timeline, target));
        assertTrue(error.getMessage().contains("left as it was"), error.getMessage());
        assertEquals("the previous save\n", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("kept.ndjson", "spill"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void savingOverAFile_keepsThePreviousAsBak() throws Exception {
        Path file = folder.resolve("s.ndjson");
        SessionFiles.save(timelineOf(List.of(new TimelineEvent.Error("first")), PayloadBudget.unlimited()), file);
        SessionFiles.save(timelineOf(List.of(new TimelineEvent.Error("second")), PayloadBudget.unlimited()), file);
        assertTrue(Files.readString(file).contains("second"));
        assertTrue(Files.readString(AtomicFile.backupOf(file), StandardCharsets.UTF_8).contains("first"));
    }

    @Test
    void aMissingFile_saysSo() {
        assertTrue(assertThrows(StoreException.class, () -> SessionFiles.open(folder.resolve("none.ndjson")))
                .getMessage().startsWith("No session file"));
    }
}
