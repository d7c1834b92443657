package dev.wscope.core.timeline;

import java.util.Arrays;

/**
 * Where message payloads live: small ones packed one after another into 256 KiB blocks, big ones in arrays
 * of their own. A million 100-byte messages are then a few hundred arrays, not a million, which keeps
 * garbage-collection pauses short while a fast stream is being recorded. Thread contract: one writer at a
 * time (the timeline's lock); any thread reads a location it was handed, without locking.
 */
final class PayloadBlocks {
    static final int BLOCK_BYTES = 256 * 1024;
    /** From this size on a payload keeps its own array: copying it into a block would gain nothing. */
    static final int OWN_ARRAY_BYTES = 16 * 1024;

    private volatile byte[][] packed = new byte[16][];
    private volatile byte[][] own = new byte[16][];
    private int packedCount;
    private int ownCount;
    private int used = BLOCK_BYTES;

    /**
     * Stores the bytes and returns their location: for a packed payload (block << 32 | offset), for a big
     * one the negative number -(index + 1). The length is the caller's to keep.
     */
    long store(byte[] payload) {
        if (payload.length >= OWN_ARRAY_BYTES) {
            byte[][] arrays = ownCount == own.length ? Arrays.copyOf(own, own.length * 2) : own;
            arrays[ownCount] = payload;
            own = arrays;
            return -(++ownCount);
        }
        byte[][] blocks = packed;
        if (packedCount == 0 || used + payload.length > BLOCK_BYTES) {
            blocks = packedCount == blocks.length ? Arrays.copyOf(blocks, blocks.length * 2) : blocks;
            blocks[packedCount++] = new byte[BLOCK_BYTES];
            used = 0;
        }
        int block = packedCount - 1;
        System.arraycopy(payload, 0, blocks[block], used, payload.length);
        long location = (long) block << 32 | used;
        used += payload.length;
        packed = blocks;
        return location;
    }

    /** A copy of a packed payload, or the very array of a big one (payloads are never changed). */
    byte[] read(long location, int length) {
        if (location < 0) {
            return own[(int) (-location - 1)];
        }
        int offset = (int) location;
        return Arrays.copyOfRange(packed[(int) (location >>> 32)], offset, offset + length);
    }
}
