package dev.wscope.core.timeline;

/**
 * One array of payload bytes: many small payloads packed in order, or one big payload. Its members are the
 * message entries in [firstIndex, endIndex) whose location names this block, and their payloads lie in the
 * block in index order, so the block is exactly the concatenation of its members' payloads. Once its members'
 * lines are in a session file the region says where, and the bytes may be let go.
 * Thread contract: filled under the timeline's lock until sealed; after that bytes and region change only
 * once each (region first), and any thread reads them.
 */
final class Block {
    final int number;
    final boolean own;
    final int firstIndex;
    /** Exclusive; set when the block is sealed (no member can come after). */
    int endIndex;
    /** Bytes used by members; final once sealed. */
    int length;
    volatile byte[] bytes;
    volatile Region region;

    Block(int number, boolean own, int firstIndex, byte[] bytes) {
        this.number = number;
        this.own = own;
        this.firstIndex = firstIndex;
        this.bytes = bytes;
    }

    /** Where a block's member lines lie in a session file. */
    record Region(PayloadFile file, long start, long length) {
    }
}
