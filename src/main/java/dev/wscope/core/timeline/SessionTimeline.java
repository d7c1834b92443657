package dev.wscope.core.timeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The append-only record of one session, stored by column: for every entry its time and kind, for a
 * message where its payload lies, for the rare other events the event itself. Entries are built on read,
 * so a million messages cost a few arrays rather than millions of objects (see PayloadBlocks). Past the
 * payload budget the oldest payloads move to a spill file and are read back on demand (see Spiller); an
 * entry reads the same before and after.
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
    private final Spiller spiller;
    private final PayloadBlocks payloads;
    private volatile Chunk[] chunks = new Chunk[16];
    private volatile int size;
    private volatile long messagesIn;
    private volatile long messagesOut;
    private volatile long bytesIn;
    private volatile long bytesOut;
    private volatile boolean paused;
    private volatile UnaryOperator<String> mask;
    private volatile long notRecorded;
    /** Only an opened session whose seqs are not 1, 2, 3 ... (an export of chosen rows) keeps a seq column. */
    private volatile boolean ownSeqs;
    private long lastSeq;
    /** The saved session this timeline was opened from, closed on discard; null for a live one. */
    private volatile PayloadFile source;

    /** One chunk of every column. */
    private static final class Chunk {
        final long[] times = new long[CHUNK_SIZE];
        final byte[] kinds = new byte[CHUNK_SIZE];
        final long[] locations = new long[CHUNK_SIZE];
        final int[] lengths = new int[CHUNK_SIZE];
        final TimelineEvent[] others = new TimelineEvent[CHUNK_SIZE];
        long[] seqs;
    }

    /** Every payload in memory, however many. */
    public SessionTimeline() {
        this(System::currentTimeMillis, PayloadBudget.unlimited());
    }

    public SessionTimeline(LongSupplier clock) {
        this(clock, PayloadBudget.unlimited());
    }

    public SessionTimeline(PayloadBudget budget) {
        this(System::currentTimeMillis, budget);
    }

    /** Past the budget's memory the oldest payloads move to a file in its spill folder; a failure to is an error event. */
    public SessionTimeline(LongSupplier clock, PayloadBudget budget) {
        this.clock = clock;
        this.spiller = new Spiller(budget, this::writeMembers, problem -> append(new TimelineEvent.Error(problem)));
        this.payloads = new PayloadBlocks(spiller);
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
        TimelineEntry entry = record(size == 0 ? 1 : lastSeq + 1, clock.getAsLong(), event, null, false);
        spiller.awaitRoom();
        return entry;
    }

    /** An entry of a saved session being opened, its payload left in the file's line (see TimelineRestore). */
    synchronized void restore(TimelineEntry entry, Block.Region line, boolean followsPrevious) {
        if (entry.event() instanceof TimelineEvent.Message message) {
            count(message);
        }
        if (!ownSeqs && entry.seq() != size + 1L) {
            keepOwnSeqs();
        }
        record(entry.seq(), entry.epochMillis(), entry.event(), line, followsPrevious);
    }

    /** The end of a restore: the file stays open for reading back until the timeline is discarded. */
    synchronized void restored(PayloadFile file) {
        payloads.sealOpen(size);
        source = file;
    }

    private TimelineEntry record(long seq, long time, TimelineEvent event, Block.Region line, boolean followsPrevious) {
        if (event instanceof TimelineEvent.Message message) {
            recordMessage(seq, time, kindOf(message.direction(), message.binary()), message.payload(), line, followsPrevious);
        } else {
            int index = size;
            Chunk chunk = slotFor(index, seq, time);
            chunk.kinds[index & MASK] = OTHER;
            chunk.others[index & MASK] = event;
            size = index + 1;
        }
        return new TimelineEntry(seq, time, event);
    }

    private void recordMessage(long seq, long time, byte kind, byte[] payload, Block.Region line, boolean followsPrevious) {
        int index = size;
        Chunk chunk = slotFor(index, seq, time);
        int slot = index & MASK;
        chunk.kinds[slot] = kind;
        chunk.locations[slot] = line == null ? payloads.store(payload, index)
                : payloads.storeOnFile(payload.length, index, line, followsPrevious);
        chunk.lengths[slot] = payload.length;
        size = index + 1;
    }

    /** The chunk of the next entry, its time and seq written. */
    private Chunk slotFor(int index, long seq, long time) {
        Chunk chunk = chunkFor(index);
        chunk.times[index & MASK] = time;
        if (ownSeqs) {
            chunk.seqs[index & MASK] = seq;
        }
        lastSeq = seq;
        return chunk;
    }

    private static byte kindOf(Direction direction, boolean binary) {
        return binary ? (direction == Direction.IN ? BINARY_IN : BINARY_OUT) : (direction == Direction.IN ? TEXT_IN : TEXT_OUT);
    }

    /**
     * A received message, the hot path of a flood: recorded with no event or entry object made for it (two
     * allocations a message fewer for the garbage collector). Same outcome as append of a received Message.
     */
    public synchronized void appendReceived(boolean binary, byte[] payload) {
        messagesIn++;
        bytesIn += payload.length;
        if (paused) {
            notRecorded++;
            return;
        }
        recordMessage(size == 0 ? 1 : lastSeq + 1, clock.getAsLong(), binary ? BINARY_IN : TEXT_IN, payload, null, false);
        spiller.awaitRoom();
    }

    private void keepOwnSeqs() {
        for (int index = 0; index < chunks.length && chunks[index] != null; index++) {
            chunks[index].seqs = new long[CHUNK_SIZE];
            for (int slot = 0; slot < CHUNK_SIZE; slot++) {
                chunks[index].seqs[slot] = ((long) index << CHUNK_BITS) + slot + 1;
            }
        }
        ownSeqs = true;
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

    /** The mask in use, null for none: a protocol hiding its own secret in one frame adds to it, then puts it back. */
    public UnaryOperator<String> mask() {
        return mask;
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
            Chunk chunk = new Chunk();
            chunk.seqs = ownSeqs ? new long[CHUNK_SIZE] : null;
            current[number] = chunk;
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

    /** Payload bytes held in memory (blocks count whole), the figure the budget limits. */
    public long payloadBytesInMemory() {
        return spiller.bytesInMemory();
    }

    /** Payload bytes moved to the spill file. */
    public long payloadBytesOnDisk() {
        return spiller.bytesOnDisk();
    }

    /** The spill file, once payloads have moved there. */
    public Optional<Path> spillFile() {
        return spiller.file();
    }

    /**
     * The session is over: the spill file is deleted (and a saved session's file closed, never deleted).
     * Entries whose payloads were on disk cannot be read after this; new appends stay in memory.
     */
    public void discard() {
        spiller.discard();
        PayloadFile opened = source;
        if (opened != null) {
            try {
                opened.close();
            } catch (java.io.IOException e) {
                // read only: nothing of the user's can be lost by a failed close
            }
        }
    }

    /** The entry at a zero-based index below {@link #size()}, oldest first. */
    public TimelineEntry get(int index) {
        checkIndex(index);
        Chunk chunk = chunks[index >>> CHUNK_BITS];
        int slot = index & MASK;
        return new TimelineEntry(seq(chunk, slot, index), chunk.times[slot], event(chunk, slot));
    }

    /** Runs the test on the entry at the index without building it; for searches (see EntryTest). */
    public boolean test(int index, EntryTest test) {
        checkIndex(index);
        Chunk chunk = chunks[index >>> CHUNK_BITS];
        int slot = index & MASK;
        byte kind = chunk.kinds[slot];
        if (kind == OTHER) {
            return test.event(chunk.others[slot]);
        }
        Direction direction = direction(kind);
        String word = EventKind.message(direction).word();
        if (!test.wants(direction, word)) {
            return false;
        }
        long location = chunk.locations[slot];
        return test.message(direction, binary(kind), word, payloads.backing(location), PayloadBlocks.offset(location),
                chunk.lengths[slot]);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
    }

    private long seq(Chunk chunk, int slot, int index) {
        long[] seqs = chunk.seqs;
        return seqs == null ? index + 1L : seqs[slot];
    }

    private TimelineEvent event(Chunk chunk, int slot) {
        byte kind = chunk.kinds[slot];
        if (kind == OTHER) {
            return chunk.others[slot];
        }
        return new TimelineEvent.Message(direction(kind), binary(kind),
                payloads.read(chunk.locations[slot], chunk.lengths[slot]));
    }

    private static Direction direction(byte kind) {
        return kind == TEXT_IN || kind == BINARY_IN ? Direction.IN : Direction.OUT;
    }

    private static boolean binary(byte kind) {
        return kind == BINARY_IN || kind == BINARY_OUT;
    }

    /** The lines of a sealed block's members, in index order; on the spill thread (entries below size only). */
    private void writeMembers(Block block, EventLines out) {
        byte[] bytes = block.bytes;
        for (int index = block.firstIndex; index < block.endIndex; index++) {
            Chunk chunk = chunks[index >>> CHUNK_BITS];
            int slot = index & MASK;
            byte kind = chunk.kinds[slot];
            long location = chunk.locations[slot];
            if (kind != OTHER && PayloadBlocks.sameBlock(location, block)) {
                out.message(seq(chunk, slot, index), chunk.times[slot], direction(kind), binary(kind), bytes,
                        PayloadBlocks.offset(location), chunk.lengths[slot]);
            }
        }
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
