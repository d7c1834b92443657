package dev.wscope.core.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The append-only record of one session, stored by column: for every entry its time and kind, for a
 * message where its payload lies, for the rare other events the event itself. Entries are built on read,
 * so a million messages cost a few arrays rather than millions of objects (see PayloadBlocks).
 * Thread contract: any thread may append (appends are serialised); any thread may read entries below
 * {@link #size()} without locking: columns live in fixed chunks that never move, and the size is
 * published after the entry is stored.
 */
public final class SessionTimeline {
    private static final int CHUNK_BITS = 14;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK_SIZE - 1;
    private static final byte OTHER = 0;
    private static final byte TEXT_IN = 1;
    private static final byte TEXT_OUT = 2;
    private static final byte BINARY_IN = 3;
    private static final byte BINARY_OUT = 4;

    private final LongSupplier clock;
    private final PayloadBlocks payloads = new PayloadBlocks();
    private volatile Chunk[] chunks = new Chunk[16];
    private volatile int size;
    private volatile long messagesIn;
    private volatile long messagesOut;
    private volatile long bytesIn;
    private volatile long bytesOut;
    private volatile boolean paused;
    private volatile UnaryOperator<String> mask;
    private volatile long notRecorded;

    /** One chunk of every column. */
    private static final class Chunk {
        final long[] times = new long[CHUNK_SIZE];
        final byte[] kinds = new byte[CHUNK_SIZE];
        final long[] locations = new long[CHUNK_SIZE];
        final int[] lengths = new int[CHUNK_SIZE];
        final TimelineEvent[] others = new TimelineEvent[CHUNK_SIZE];
    }

    public SessionTimeline() {
        this(System::currentTimeMillis);
    }

    public SessionTimeline(LongSupplier clock) {
        this.clock = clock;
    }

    /**
     * Records the event and returns it as an entry; while capture is paused a message is only counted
     * (see {@link #setPaused}) and null is returned.
     */
    public synchronized TimelineEntry append(TimelineEvent recorded) {
        UnaryOperator<String> secrets = mask;
        TimelineEvent event = secrets != null && EventMask.applies(recorded) ? EventMask.apply(recorded, secrets) : recorded;
        if (event instanceof TimelineEvent.Message message) {
            count(message);
            if (paused) {
                notRecorded++;
                return null;
            }
        }
        int index = size;
        Chunk chunk = chunkFor(index);
        int slot = index & MASK;
        long time = clock.getAsLong();
        chunk.times[slot] = time;
        if (event instanceof TimelineEvent.Message message) {
            chunk.kinds[slot] = message.binary() ? (message.direction() == Direction.IN ? BINARY_IN : BINARY_OUT)
                    : (message.direction() == Direction.IN ? TEXT_IN : TEXT_OUT);
            chunk.locations[slot] = payloads.store(message.payload());
            chunk.lengths[slot] = message.payload().length;
        } else {
            chunk.kinds[slot] = OTHER;
            chunk.others[slot] = event;
        }
        size = index + 1;
        return new TimelineEntry(index + 1L, time, event);
    }

    private void count(TimelineEvent.Message message) {
        if (message.direction() == Direction.IN) {
            messagesIn++;
            bytesIn += message.payload().length;
        } else {
            messagesOut++;
            bytesOut += message.payload().length;
        }
    }

    /**
     * Hides secret values in what this side records from now on (address, handshake, sent text, errors);
     * null records everything as it is. Received messages are never rewritten, so a flood pays nothing.
     */
    public void setMask(UnaryOperator<String> secrets) {
        this.mask = secrets;
    }

    /** Pausing capture keeps the connection but stops recording messages; they are still counted. */
    public synchronized void setPaused(boolean paused) {
        this.paused = paused;
    }

    /** Messages counted but not recorded because capture was paused. */
    public long notRecorded() {
        return notRecorded;
    }

    private Chunk chunkFor(int index) {
        int number = index >>> CHUNK_BITS;
        Chunk[] current = chunks;
        if (number == current.length) {
            Chunk[] grown = new Chunk[current.length * 2];
            System.arraycopy(current, 0, grown, 0, current.length);
            current = grown;
            chunks = grown;
        }
        if (current[number] == null) {
            current[number] = new Chunk();
        }
        return current[number];
    }

    public int size() {
        return size;
    }

    /** Messages received so far, recorded or not (counted as they come, so counting never walks the timeline). */
    public long messagesIn() {
        return messagesIn;
    }

    public long messagesOut() {
        return messagesOut;
    }

    public long bytesIn() {
        return bytesIn;
    }

    public long bytesOut() {
        return bytesOut;
    }

    /** The entry at a zero-based index below {@link #size()}, oldest first. */
    public TimelineEntry get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        Chunk chunk = chunks[index >>> CHUNK_BITS];
        int slot = index & MASK;
        return new TimelineEntry(index + 1L, chunk.times[slot], event(chunk, slot));
    }

    private TimelineEvent event(Chunk chunk, int slot) {
        byte kind = chunk.kinds[slot];
        if (kind == OTHER) {
            return chunk.others[slot];
        }
        Direction direction = kind == TEXT_IN || kind == BINARY_IN ? Direction.IN : Direction.OUT;
        boolean binary = kind == BINARY_IN || kind == BINARY_OUT;
        return new TimelineEvent.Message(direction, binary, payloads.read(chunk.locations[slot], chunk.lengths[slot]));
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
