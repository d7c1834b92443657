package dev.wscope.core.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SessionTimelineTest {
    private static TimelineEvent.Message text(Direction direction, String text) {
        return TimelineEvent.Message.text(direction, text);
    }

    private static String textOf(TimelineEntry entry) {
        return ((TimelineEvent.Message) entry.event()).text();
    }

    @Test
    void seqStartsAtOneAndCountsUp() {
        SessionTimeline timeline = new SessionTimeline(() -> 0L);
        assertEquals(1, timeline.append(new TimelineEvent.Connecting("ws://h/")).seq());
        assertEquals(2, timeline.append(new TimelineEvent.Error("e")).seq());
        assertEquals(3, timeline.append(text(Direction.OUT, "m")).seq());
        assertEquals(3, timeline.size());
        assertEquals(List.of(1L, 2L, 3L), timeline.all().stream().map(TimelineEntry::seq).toList());
    }

    @Test
    void injectedClock_stampsEachEntryOnceAtAppend() {
        AtomicLong clock = new AtomicLong(1_000);
        SessionTimeline timeline = new SessionTimeline(() -> clock.getAndAdd(10));
        timeline.append(new TimelineEvent.Connecting("ws://h/"));
        timeline.append(text(Direction.IN, "x"));
        assertEquals(1_000, timeline.get(0).epochMillis());
        assertEquals(1_010, timeline.get(1).epochMillis());
        assertEquals(1_010, timeline.get(1).epochMillis(), "reading does not consult the clock");
        assertEquals(1_020, clock.get());
    }

    @Test
    void get_givesBackEachKindOfEventAsAppended() {
        SessionTimeline timeline = new SessionTimeline(() -> 0L);
        TimelineEvent connecting = new TimelineEvent.Connecting("ws://h/");
        TimelineEvent closed = new TimelineEvent.Closed(1000, "bye", ClosedBy.CLIENT);
        timeline.append(connecting);
        timeline.append(text(Direction.OUT, "h\u00e9llo"));
        timeline.append(TimelineEvent.Message.binary(Direction.IN, new byte[] {0, -1, 16}));
        timeline.append(closed);
        assertEquals(connecting, timeline.get(0).event());
        TimelineEvent.Message sent = (TimelineEvent.Message) timeline.get(1).event();
        assertEquals(Direction.OUT, sent.direction());
        assertEquals("h\u00e9llo", sent.text());
        TimelineEvent.Message received = (TimelineEvent.Message) timeline.get(2).event();
        assertTrue(received.binary());
        assertEquals(Direction.IN, received.direction());
        assertArrayEquals(new byte[] {0, -1, 16}, received.payload());
        assertEquals(closed, timeline.get(3).event());
    }

    @Test
    void get_outsideTheEntries_throws() {
        SessionTimeline timeline = new SessionTimeline(() -> 0L);
        assertThrows(IndexOutOfBoundsException.class, () -> timeline.get(0));
        timeline.append(new TimelineEvent.Error("e"));
        assertThrows(IndexOutOfBoundsException.class, () -> timeline.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> timeline.get(1));
    }

    @Test
    void from_copiesTheEntriesFromAnIndexToTheEnd() {
        SessionTimeline timeline = new SessionTimeline(() -> 0L);
        for (int i = 0; i < 5; i++) {
            timeline.append(text(Direction.IN, "m" + i));
        }
        assertEquals(List.of("m3", "m4"), timeline.from(3).stream().map(SessionTimelineTest::textOf).toList());
        assertEquals(List.of(), timeline.from(5));
        assertEquals(List.of(), timeline.from(9));
        assertEquals(5, timeline.all().size());
        List<TimelineEntry> copy = timeline.from(0);
        timeline.append(text(Direction.IN, "later"));
        assertEquals(5, copy.size(), "a copy, not a live view");
    }

    @Test
    void growsPastManyChunksAndPayloadBlocks_keepingEveryEntryInOrder() {
        int count = 300_000; // past 16 chunks of 16,384 (the chunk table grows) and many 256 KiB payload blocks
        SessionTimeline timeline = new SessionTimeline(() -> 0L);
        for (int i = 0; i < count; i++) {
            timeline.append(i % 7 == 0 ? new TimelineEvent.Error("e" + i) : text(Direction.IN, "message " + i));
        }
        assertEquals(count, timeline.size());
        for (int i : new int[] {0, 1, 4_095, 4_096, 16_383, 16_384, 16_385, 65_537, 262_143, 262_144, count - 1}) {
            TimelineEntry entry = timeline.get(i);
            assertEquals(i + 1L, entry.seq());
            String expected = i % 7 == 0 ? "e" + i : "message " + i;
            String actual = entry.event() instanceof TimelineEvent.Error e ? e.message() : textOf(entry);
            assertEquals(expected, actual, "entry " + i);
        }
    }

    @Test
    void pausedCapture_countsMessagesButRecordsOnlyOtherEvents() {
        SessionTimeline timeline = new SessionTimeline(() -> 0L);
        timeline.append(text(Direction.IN, "kept"));
        timeline.setPaused(true);
        assertNull(timeline.append(text(Direction.IN, "dropped")));
        assertNull(timeline.append(TimelineEvent.Message.binary(Direction.OUT, new byte[3])));
        assertNotNull(timeline.append(new TimelineEvent.Error("still recorded")));
        timeline.setPaused(false);
        timeline.append(text(Direction.OUT, "kept too"));
        assertEquals(3, timeline.size());
        assertEquals(2, timeline.notRecorded());
        assertEquals(2, timeline.messagesIn());
        assertEquals(2, timeline.messagesOut());
        assertEquals(4 + 7, timeline.bytesIn());
        assertEquals(3 + 8, timeline.bytesOut());
        assertEquals(3, timeline.get(2).seq(), "no gap in seq for what was not recorded");
    }

    @Test
    void bytesCount_utf8BytesNotCharacters() {
        SessionTimeline timeline = new SessionTimeline(() -> 0L);
        timeline.append(text(Direction.OUT, "\u00e9\u20ac"));
        assertEquals(5, timeline.bytesOut());
        assertEquals(0, timeline.bytesIn());
    }

    @Test
    @Tag("stress")
    void concurrentAppendsFromFourThreads_giveUniqueConsecutiveSeqsAndLoseNothing() throws Exception {
        int threads = 4;
        int perThread = 20_000;
        SessionTimeline timeline = new SessionTimeline();
        ConcurrentLinkedQueue<Long> returnedSeqs = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int writer = t;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        TimelineEvent event = i % 2 == 0 ? text(Direction.IN, writer + ":" + i)
                                : new TimelineEvent.Error(writer + ":" + i);
                        returnedSeqs.add(timeline.append(event).seq());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int total = threads * perThread;
        assertEquals(total, timeline.size());
        assertEquals(total, new HashSet<>(returnedSeqs).size(), "every append got its own seq");
        assertEquals(total, returnedSeqs.stream().mapToLong(Long::longValue).max().orElseThrow());
        Set<String> seen = new HashSet<>();
        int[] lastOfWriter = {-1, -1, -1, -1};
        for (int i = 0; i < total; i++) {
            TimelineEntry entry = timeline.get(i);
            assertEquals(i + 1L, entry.seq());
            String tag = entry.event() instanceof TimelineEvent.Error e ? e.message() : textOf(entry);
            assertTrue(seen.add(tag), "recorded twice: " + tag);
            int writer = Integer.parseInt(tag.substring(0, tag.indexOf(':')));
            int index = Integer.parseInt(tag.substring(tag.indexOf(':') + 1));
            assertTrue(index > lastOfWriter[writer], "each writer's events stay in its order");
            lastOfWriter[writer] = index;
        }
        assertEquals(total, seen.size());
        assertEquals(threads * perThread / 2, timeline.messagesIn());
    }

    @Test
    void readerWhileAppending_neverSeesANullOrTornEntryBelowSize() throws Exception {
        int total = 200_000;
        SessionTimeline timeline = new SessionTimeline();
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> problem = new AtomicReference<>();
        AtomicLong reads = new AtomicLong();
        Thread reader = new Thread(() -> {
            int checked = 0;
            while (problem.get() == null && (!done.get() || checked < timeline.size())) {
                int size = timeline.size();
                for (; checked < size; checked++) {
                    TimelineEntry entry = timeline.get(checked);
                    String expected = "m" + checked;
                    String actual = entry == null || entry.event() == null ? null
                            : entry.event() instanceof TimelineEvent.Message m ? m.text()
                            : ((TimelineEvent.Error) entry.event()).message();
                    if (!expected.equals(actual) || entry.seq() != checked + 1L) {
                        problem.set("entry " + checked + " below size " + size + " read as " + actual);
                        return;
                    }
                    reads.incrementAndGet();
                }
                if (size > 0) {
                    timeline.get(size - 1); // the newest entry, again, while the writer moves on
                }
            }
        });
        reader.start();
        for (int i = 0; i < total; i++) {
            timeline.append(i % 3 == 0 ? new TimelineEvent.Error("m" + i)
                    : TimelineEvent.Message.text(Direction.IN, "m" + i));
        }
        done.set(true);
        reader.join(TimeUnit.SECONDS.toMillis(60));
        assertTrue(!reader.isAlive(), "the reader finished");
        assertNull(problem.get(), problem.get());
        assertEquals(total, reads.get(), "the reader checked every entry");
    }

    @Test
    void entries_areEqualByPlaceTimeAndKind() {
        SessionTimeline timeline = new SessionTimeline(() -> 7L);
        timeline.append(text(Direction.IN, "x".repeat(20_000)));
        assertEquals(timeline.get(0), timeline.get(0));
        assertEquals(timeline.get(0).hashCode(), timeline.get(0).hashCode());
        assertEquals("x".repeat(20_000), new String(((TimelineEvent.Message) timeline.get(0).event()).payload(),
                StandardCharsets.UTF_8), "a big payload keeps its own array");
    }

    @Test
    void appendReceived_recordsTheSameAsAppendingAReceivedMessage() {
        SessionTimeline direct = new SessionTimeline(() -> 42L);
        SessionTimeline viaEvent = new SessionTimeline(() -> 42L);
        direct.appendReceived(false, "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        direct.appendReceived(true, new byte[] {0, 1, 2});
        viaEvent.append(TimelineEvent.Message.text(Direction.IN, "hello"));
        viaEvent.append(TimelineEvent.Message.binary(Direction.IN, new byte[] {0, 1, 2}));

        assertEquals(viaEvent.all().stream().map(EventJson::line).toList(), direct.all().stream().map(EventJson::line).toList());
        assertEquals(2, direct.messagesIn());
        assertEquals(8, direct.bytesIn());
        direct.setPaused(true);
        direct.appendReceived(false, new byte[] {65});
        assertEquals(2, direct.size(), "paused: counted, not recorded");
        assertEquals(1, direct.notRecorded());
    }
}
