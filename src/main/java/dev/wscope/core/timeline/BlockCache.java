package dev.wscope.core.timeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bytes of the blocks read back from disk most recently, so paging the list or a search does not read
 * the file again for every row. Bounded by bytes; always keeps at least the newest block.
 * Thread contract: any thread; a miss is loaded outside the lock, so readers of different blocks proceed together.
 */
final class BlockCache {
    private final long maxBytes;
    private final Map<Integer, byte[]> blocks = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    BlockCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    interface Loader {
        byte[] load(Block block);
    }

    byte[] get(Block block, Loader loader) {
        synchronized (this) {
            byte[] cached = blocks.get(block.number);
            if (cached != null) {
                return cached;
            }
        }
        byte[] loaded = loader.load(block); // two readers missing the same block may both load it: harmless
        synchronized (this) {
            byte[] previous = blocks.put(block.number, loaded);
            bytes += loaded.length - (previous == null ? 0 : previous.length);
            var eldest = blocks.entrySet().iterator();
            while (bytes > maxBytes && blocks.size() > 1) {
                bytes -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
        return loaded;
    }
}
