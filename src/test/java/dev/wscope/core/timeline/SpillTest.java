package dev.wscope.core.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.store.DiskSessionFile;
import dev.wscope.store.SpillFolder;
import dev.wscope.testing.Waits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past a small memory budget payloads move to a spill file, and every entry still reads as it was appended. */
class SpillTest {
    private static final long BUDGET = 1024 * 1024;

    @TempDir
    Path folder;

    /** The event appended at an index: texts with escapes and non-ASCII, binaries, big ones, invalid UTF-8, errors. */
    static TimelineEvent eventAt(int i) {
        if (i % 997 == 0) {
            return new TimelineEvent.Error("e" + i);
        }
        if (i % 1501 == 0) {
            byte[] big = new byte[PayloadBlocks.OWN_ARRAY_BYTES + i % 5000];
            new Random(i).nextBytes(big);
            return TimelineEvent.Message.binary(Direction.IN, big);
        }
        if (i % 211 == 0) {
            return new TimelineEvent.Message(Direction.IN, false, new byte[] {'x', (byte) 0xc3, '(', (byte) (i & 0x7f)});
        }
        if (i % 13 == 0) {
            byte[] bytes = new byte[i % 40];
            new Random(i).nextBytes(bytes);
            return TimelineEvent.Message.binary(Direction.OUT, bytes);
        }
        String text = i % 3 == 0 ? "{\"n\":" + i + ",\"q\":\"a\\\"b\\n\u2028é€😀\",\"tab\":\"\t\"}" : "message " + i;
        return TimelineEvent.Message.text(i % 2 == 0 ? Direction.IN : Direction.OUT, text);
    }

    static void assertEntry(int index, TimelineEntry entry) {
        TimelineEvent expected = eventAt(index);
        assertEquals(index + 1L, entry.seq(), "seq of " + index);
        assertEquals(1_000L + index, entry.epochMillis(), "time of " + index);
        assertEquals(expected.kind(), entry.event().kind(), "kind of " + index);
        if (expected instanceof TimelineEvent.Message message) {
            TimelineEvent.Message actual = (TimelineEvent.Message) entry.event();
            assertEquals(message.binary(), actual.binary(), "format of " + index);
            assertArrayEquals(message.payload(), actual.payload(), "payload of " + index);
        } else {
            assertEquals(expected, entry.event(), "event " + index);
        }
    }

    private SessionTimeline spilling(Path spillFolder) {
        AtomicLong clock = new AtomicLong(1_000);
        return new SessionTimeline(clock::getAndIncrement, new PayloadBudget(BUDGET, new SpillFolder(spillFolder)));
    }

    static void awaitSpilledDownTo(SessionTimeline timeline, long bytes) {
        Waits.until("payload bytes in memory down to " + bytes, timeline::payloadBytesInMemory, held -> held <= bytes,
                Duration.ofSeconds(60));
    }

    @Test
    @Tag("stress")
    void tinyBudget_200000Messages_everyEntryReadsAsAppended_andMemoryStaysNearTheBudget() throws Exception {
        SessionTimeline timeline = spilling(folder);
        int count = 200_000;
        long maxHeld = 0;
        long total = 0;
        for (int i = 0; i < count; i++) {
            TimelineEvent event = eventAt(i);
            total += event instanceof TimelineEvent.Message message ? message.payload().length : 0;
            timeline.append(event);
            maxHeld = Math.max(maxHeld, timeline.payloadBytesInMemory());
        }
        awaitSpilledDownTo(timeline, BUDGET + PayloadBlocks.BLOCK_BYTES);
        assertTrue(timeline.payloadBytesOnDisk() >= total - BUDGET - 2 * PayloadBlocks.BLOCK_BYTES,
                "all but the budget went to disk: " + timeline.payloadBytesOnDisk() + " of " + total);
        assertTrue(timeline.payloadBytesInMemory() <= BUDGET + PayloadBlocks.BLOCK_BYTES,
                "in memory after the spill caught up: " + timeline.payloadBytesInMemory());
        assertTrue(maxHeld <= 2 * BUDGET + 2 * PayloadBlocks.BLOCK_BYTES, "never far past the budget: " + maxHeld);
        assertTrue(Files.size(timeline.spillFile().orElseThrow()) > 0);
        assertEquals(count, timeline.size());
        for (int i = 0; i < count; i++) {
            assertEntry(i, timeline.get(i));
        }
        for (int i = count - 1; i >= 0; i -= 7919) {
            assertEntry(i, timeline.get(i)); // out of order too: blocks come back through the cache
        }
        timeline.discard();
    }

    @Test
    @Tag("stress")
    void readersWhileAppendsGoOnAndSpill_neverSeeAnEntryOtherThanAppended() throws Exception {
        SessionTimeline timeline = spilling(folder);
        int count = 150_000;
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> problem = new AtomicReference<>();
        Runnable check = () -> {
            try {
                Random random = new Random();
                int checked = 0;
                while (!done.get() || checked < timeline.size()) {
                    int size = timeline.size();
                    for (; checked < size; checked++) {
                        assertEntry(checked, timeline.get(checked));
                    }
                    if (size > 0) {
                        int any = random.nextInt(size);
                        assertEntry(any, timeline.get(any)); // an old one, perhaps on disk by now
                    }
                }
            } catch (Throwable e) {
                problem.compareAndSet(null, e);
            }
        };
        Thread first = new Thread(check);
        Thread second = new Thread(check);
        first.start();
        second.start();
        for (int i = 0; i < count; i++) {
            timeline.append(eventAt(i));
        }
        done.set(true);
        first.join(TimeUnit.SECONDS.toMillis(120));
        second.join(TimeUnit.SECONDS.toMillis(120));
        assertFalse(first.isAlive() || second.isAlive(), "the readers finished");
        assertNull(problem.get(), () -> String.valueOf(problem.get()));
        assertTrue(timeline.payloadBytesOnDisk() > 0, "the appends spilled while being read");
        timeline.discard();
    }

    @Test
    void anUnwritableSpillFolder_keepsEverythingInMemory_andSaysSoInTheTimeline() throws Exception {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "a file where the folder should be");
        SessionTimeline timeline = spilling(blocker.resolve("sessions"));
        int count = 60_000;
        for (int i = 0; i < count; i++) {
            timeline.append(eventAt(i));
        }
        Waits.until("the spill thread's error event", timeline::size, size -> size > count, Duration.ofSeconds(30));
        assertEquals(count + 1, timeline.size(), "one error event tells of the failure (the spill thread adds it)");
        int appended = 0;
        for (TimelineEntry entry : timeline.all()) {
            if (entry.event() instanceof TimelineEvent.Error error && error.message().contains("could not be moved")) {
                assertTrue(error.message().contains("not-a-folder") && error.message().contains("stay in memory"),
                        error.message());
                continue;
            }
            TimelineEvent expected = eventAt(appended++);
            assertEquals(expected.kind(), entry.event().kind());
            if (expected instanceof TimelineEvent.Message message) {
                assertArrayEquals(message.payload(), ((TimelineEvent.Message) entry.event()).payload());
            }
        }
        assertEquals(count, appended, "every appended event is there");
        assertEquals(0, timeline.payloadBytesOnDisk());
        assertTrue(timeline.spillFile().isEmpty());
        timeline.append(eventAt(1));
        assertEquals(count + 2, timeline.size(), "appends go on, in memory");
    }

    @Test
    void discard_deletesTheSpillFile() throws Exception {
        SessionTimeline timeline = spilling(folder);
        for (int i = 0; i < 50_000; i++) {
            timeline.append(TimelineEvent.Message.text(Direction.IN, "payload number " + i + " ".repeat(40)));
        }
        awaitSpilledDownTo(timeline, BUDGET + PayloadBlocks.BLOCK_BYTES);
        Path file = timeline.spillFile().orElseThrow();
        assertTrue(Files.exists(file));
        assertTrue(file.getFileName().toString().endsWith(DiskSessionFile.SPILL_SUFFIX));
        timeline.discard();
        assertFalse(Files.exists(file));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count(), "nothing left in the spill folder");
        }
    }

    @Test
    void underTheBudget_noFileIsMade() throws IOException {
        SessionTimeline timeline = spilling(folder);
        timeline.append(TimelineEvent.Message.text(Direction.IN, "small"));
        assertTrue(timeline.spillFile().isEmpty());
        timeline.discard();
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count());
        }
        assertEquals("small", new String(((TimelineEvent.Message) timeline.get(0).event()).payload(), StandardCharsets.UTF_8),
                "what was in memory still reads after a discard");
    }
}
