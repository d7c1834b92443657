package dev.wscope.core.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where message payloads live: small ones packed one after another into 256 KiB blocks, a big one in a block of
 * its own. A million 100-byte messages are then a few hundred arrays, not a million, which keeps garbage
 * collection pauses short while a fast stream is recorded. A block whose bytes went to a session file (spilled,
 * or a saved session opened) is read back whole from its lines when one of its payloads is asked for, and kept
 * in a small cache. A location is the block's number and the offset in it: (block << 32 | offset).
 * Thread contract: one writer at a time (the timeline's lock); any thread reads a location it was handed,
 * without locking.
 */
final class PayloadBlocks {
    static final int BLOCK_BYTES = 256 * 1024;
    /** From this size on a payload has a block of its own: copying it into a shared one would gain nothing. */
    static final int OWN_ARRAY_BYTES = 16 * 1024;
    /** Blocks read back and kept: enough for a screen of rows and for each core of a search. */
    private static final long CACHE_BYTES = 8L * 1024 * 1024;

    private final Spiller spiller;
    private final BlockCache cache = new BlockCache(CACHE_BYTES);
    private volatile Block[] blocks = new Block[16];
    private int count;
    /** The packed block being filled; null before the first and after a restore is finished. */
    private Block open;

    PayloadBlocks(Spiller spiller) {
        this.spiller = spiller;
    }

    /** Stores the bytes of the entry at the index and returns their location; the length is the caller's to keep. */
    long store(byte[] payload, int index) {
        if (payload.length >= OWN_ARRAY_BYTES) {
            Block own = add(true, index, payload);
            spiller.allocated(payload.length);
            seal(own, index + 1, payload.length);
            return location(own, 0);
        }
        if (open == null || open.length + payload.length > BLOCK_BYTES) {
            sealOpen(index);
            open = add(false, index, new byte[BLOCK_BYTES]);
            spiller.allocated(BLOCK_BYTES);
        }
        System.arraycopy(payload, 0, open.bytes, open.length, payload.length);
        long location = location(open, open.length);
        open.length += payload.length;
        return location;
    }

    /**
     * Places a payload whose line is already in a session file (a saved session being opened): only its place
     * is kept. Packed blocks hold runs of consecutive lines, so a block is read back from one region.
     */
    long storeOnFile(int length, int index, Block.Region line, boolean followsPrevious) {
        if (length >= OWN_ARRAY_BYTES) {
            Block own = add(true, index, null);
            own.region = line;
            seal(own, index + 1, length);
            return location(own, 0);
        }
        if (open == null || !followsPrevious || open.length + length > BLOCK_BYTES) {
            sealOpen(index);
            open = add(false, index, null);
            open.region = line;
        } else {
            Block.Region run = open.region;
            open.region = new Block.Region(run.file(), run.start(), line.start() + line.length() - run.start());
        }
        long location = location(open, open.length);
        open.length += length;
        return location;
    }

    /** No more payloads come after the index into the open block (the end of a restore). */
    void sealOpen(int endIndex) {
        if (open != null) {
            seal(open, endIndex, open.length);
            open = null;
        }
    }

    private void seal(Block block, int endIndex, int length) {
        block.endIndex = endIndex;
        block.length = length;
        if (block.bytes != null) {
            spiller.sealed(block);
        }
    }

    private Block add(boolean own, int index, byte[] bytes) {
        Block block = new Block(count, own, index, bytes);
        Block[] current = count == blocks.length ? Arrays.copyOf(blocks, blocks.length * 2) : blocks;
        current[count++] = block;
        blocks = current;
        return block;
    }

    /** A copy of a packed payload, or the very array of a big one (payloads are never changed). */
    byte[] read(long location, int length) {
        Block block = block(location);
        byte[] bytes = bytes(block);
        if (block.own) {
            return bytes;
        }
        int offset = offset(location);
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }

    /** The array the payload lies in, from {@link #offset}: for reading in place, never to be changed. */
    byte[] backing(long location) {
        return bytes(block(location));
    }

    static int offset(long location) {
        return (int) location;
    }

    static boolean sameBlock(long location, Block block) {
        return location >>> 32 == block.number;
    }

    Block block(long location) {
        return blocks[(int) (location >>> 32)];
    }

    private static long location(Block block, int offset) {
        return (long) block.number << 32 | offset;
    }

    private byte[] bytes(Block block) {
        byte[] bytes = block.bytes;
        return bytes != null ? bytes : cache.get(block, PayloadBlocks::readBack);
    }

    /** The block again: its member lines, in order, hold its payloads in order. */
    private static byte[] readBack(Block block) {
        Block.Region region = block.region;
        try {
            byte[] lines = region.file().read(region.start(), region.length());
            byte[] bytes = new byte[block.length];
            int filled = 0;
            int start = 0;
            while (start < lines.length) {
                int end = lineEnd(lines, start);
                int trimmed = end > start && lines[end - 1] == '\r' ? end - 1 : end;
                if (trimmed > start) {
                    int read = MessageLineReader.payload(lines, start, trimmed, bytes, filled);
                    filled += read >= 0 ? read : parsedInto(lines, start, trimmed, bytes, filled);
                }
                start = end + 1;
            }
            if (filled != block.length) {
                throw new IOException("holds " + filled + " bytes where " + block.length + " were written");
            }
            return bytes;
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("payloads could not be read back from "
                    + region.file().path() + " at byte " + region.start() + ": " + e.getMessage(), e));
        }
    }

    /** A line in any other layout, through the JSON reader. */
    private static int parsedInto(byte[] lines, int start, int end, byte[] bytes, int at) {
        TimelineEvent event = EventJsonReader.parse(new String(lines, start, end - start, StandardCharsets.UTF_8)).event();
        byte[] payload = ((TimelineEvent.Message) event).payload();
        System.arraycopy(payload, 0, bytes, at, payload.length);
        return payload.length;
    }

    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }
}
