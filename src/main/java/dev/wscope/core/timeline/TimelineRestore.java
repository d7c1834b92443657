package dev.wscope.core.timeline;

import java.io.IOException;

/**
 * Builds a timeline from the lines of a saved session file without keeping its payloads: each message's place
 * in the file is kept, and payloads are read back on demand (runs of consecutive small messages as one block).
 * The file, opened by the store and owned from here on, stays open until the timeline is discarded; it is
 * never written.
 * Thread contract: one thread adds the lines and finishes; the finished timeline is then like any other.
 */
public final class TimelineRestore implements AutoCloseable {
    private final PayloadFile file;
    private final SessionTimeline timeline;
    private boolean previousPacked;
    private boolean finished;

    public TimelineRestore(PayloadFile saved, PayloadBudget budget) {
        this.file = saved;
        this.timeline = new SessionTimeline(budget);
    }

    /** The entry read from the line that starts at the byte offset and is that long (without its line end). */
    public void add(TimelineEntry entry, long lineStart, long lineLength) {
        timeline.restore(entry, new Block.Region(file, lineStart, lineLength), previousPacked);
        previousPacked = entry.event() instanceof TimelineEvent.Message message
                && message.payload().length < PayloadBlocks.OWN_ARRAY_BYTES;
    }

    public SessionTimeline finish() {
        timeline.restored(file);
        finished = true;
        return timeline;
    }

    /** Without finish (a line was wrong): the file is let go. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            file.close();
        }
    }
}
