package dev.wscope.core.timeline;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds a timeline from the lines of a saved session file without keeping its payloads: each message's place
 * in the file is kept, and payloads are read back on demand (runs of consecutive small messages as one block).
 * The file stays open, read only, until the timeline is discarded; it is never written.
 * Thread contract: one thread adds the lines and finishes; the finished timeline is then like any other.
 */
public final class TimelineRestore implements AutoCloseable {
    private final SessionFile file;
    private final SessionTimeline timeline;
    private boolean previousPacked;
    private boolean finished;

    public TimelineRestore(Path path, PayloadBudget budget) throws IOException {
        this.file = SessionFile.openSaved(path);
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
