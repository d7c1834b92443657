package dev.wscope.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The timeline spills and reads back only through its PayloadFile port: here a file in memory, no disk at all. */
class SpillPortTest {
    private static final long BUDGET = 512 * 1024;

    /** A spill file kept in a byte array, counting its reads; one at a time is made, as the Spiller makes them. */
    private static final class MemoryFile implements PayloadFile {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final AtomicInteger reads = new AtomicInteger();
        private volatile boolean closed;

        @Override
        public Path path() {
            return Path.of("memory.spill.ndjson");
        }

        @Override
        public synchronized long append(byte[] lines, int length) {
            long start = bytes.size();
            bytes.write(lines, 0, length);
            return start;
        }

        @Override
        public synchronized byte[] read(long position, long length) {
            reads.incrementAndGet();
            return Arrays.copyOfRange(bytes.toByteArray(), (int) position, (int) (position + length));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final class MemoryFiles implements SpillFiles {
        private final MemoryFile file = new MemoryFile();
        private final AtomicInteger made = new AtomicInteger();

        @Override
        public Path folder() {
            return Path.of("memory");
        }

        @Override
        public PayloadFile create() {
            made.incrementAndGet();
            return file;
        }
    }

    @Test
    void payloadsPastTheBudget_goToThePortsFile_andReadBackFromIt_asAppended() {
        MemoryFiles files = new MemoryFiles();
        AtomicLong clock = new AtomicLong(1_000);
        SessionTimeline timeline = new SessionTimeline(clock::getAndIncrement, new PayloadBudget(BUDGET, files));
        int count = 40_000;
        for (int i = 0; i < count; i++) {
            timeline.append(SpillTest.eventAt(i));
        }
        SpillTest.awaitSpilledDownTo(timeline, BUDGET + PayloadBlocks.BLOCK_BYTES);

        assertEquals(1, files.made.get(), "one spill file for the timeline");
        assertEquals(Path.of("memory.spill.ndjson"), timeline.spillFile().orElseThrow());
        assertTrue(files.file.bytes.size() > timeline.payloadBytesOnDisk() && timeline.payloadBytesOnDisk() > 0,
                "the spilled payloads went to the port's file as lines: " + files.file.bytes.size() + " bytes");
        for (int i = 0; i < count; i++) {
            SpillTest.assertEntry(i, timeline.get(i));
        }
        assertTrue(files.file.reads.get() > 0, "spilled payloads came back through the port");
        assertFalse(files.file.closed);
        timeline.discard();
        assertTrue(files.file.closed, "discard closes the spill file (the store's deletes it then)");
    }
}
