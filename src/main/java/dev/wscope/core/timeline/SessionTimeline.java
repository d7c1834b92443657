package dev.wscope.core.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The append-only record of one session. Thread contract: any thread may append (appends are
 * serialised); any thread may read entries below {@link #size()} without locking, because entries live
 * in fixed chunks that never move and the size is published after the entry is stored.
 */
public final class SessionTimeline {
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

    private final LongSupplier clock;
    private volatile TimelineEntry[][] chunks = new TimelineEntry[16][];
    private volatile int size;

    public SessionTimeline() {
        this(System::currentTimeMillis);
    }

    public SessionTimeline(LongSupplier clock) {
        this.clock = clock;
    }

    public synchronized TimelineEntry append(TimelineEvent event) {
        int index = size;
        int chunk = index >>> CHUNK_BITS;
        TimelineEntry[][] current = chunks;
        if (chunk == current.length) {
            TimelineEntry[][] grown = new TimelineEntry[current.length * 2][];
            System.arraycopy(current, 0, grown, 0, current.length);
            current = grown;
            chunks = grown;
        }
        if (current[chunk] == null) {
            current[chunk] = new TimelineEntry[CHUNK_SIZE];
        }
        TimelineEntry entry = new TimelineEntry(index + 1L, clock.getAsLong(), event);
        current[chunk][index & (CHUNK_SIZE - 1)] = entry;
        size = index + 1;
        return entry;
    }

    public int size() {
        return size;
    }

    /** The entry at a zero-based index below {@link #size()}, oldest first. */
    public TimelineEntry get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return chunks[index >>> CHUNK_BITS][index & (CHUNK_SIZE - 1)];
    }

    /** A copy of the entries from a zero-based index to the current end. */
    public List<TimelineEntry> from(int index) {
        int end = size;
        List<TimelineEntry> copy = new ArrayList<>(Math.max(0, end - index));
        for (int i = index; i < end; i++) {
            copy.add(get(i));
        }
        return copy;
    }

    public List<TimelineEntry> all() {
        return from(0);
    }
}
