package dev.wscope.store;

import dev.wscope.core.timeline.EventJsonReader;
import dev.wscope.core.timeline.EventLines;
import dev.wscope.core.timeline.PayloadBudget;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineRestore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Session files: a session timeline as NDJSON, one event a line (CONTRACT.md, the lines of `send --json`).
 * Saving writes atomically (a failed save leaves the previous file as it was, the previous one kept as .bak);
 * opening indexes the lines and leaves message payloads in the file, to be read back on demand, so a file
 * much bigger than memory opens. Thread contract: any thread but the FX thread (these read and write whole files).
 */
public final class SessionFiles {
    /** Lines gathered before they are handed to the file. */
    private static final int FLUSH_BYTES = 1024 * 1024;

    private SessionFiles() {
    }

    /** Saves every entry recorded so far (a live session may go on meanwhile; later entries are not included). */
    public static void save(SessionTimeline timeline, Path file) throws StoreException {
        int size = timeline.size();
        write(timeline, size, row -> row, file, true);
    }

    /** Exports only the entries at these timeline indexes (the rows a filter kept), in the order given. */
    public static void export(SessionTimeline timeline, int[] indexes, Path file) throws StoreException {
        int[] chosen = indexes.clone();
        write(timeline, chosen.length, row -> chosen[row], file, false);
    }

    private static void write(SessionTimeline timeline, int rows, IntUnaryOperator index, Path file, boolean keepBackup)
            throws StoreException {
        try {
            AtomicFile.standard().write(file, out -> writeLines(timeline, rows, index, out), keepBackup);
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("Could not save the session to " + file + ": " + e.getMessage()
                    + " (the file was left as it was)", e);
        }
    }

    private static void writeLines(SessionTimeline timeline, int rows, IntUnaryOperator index, OutputStream out)
            throws IOException {
        EventLines lines = new EventLines();
        for (int row = 0; row < rows; row++) {
            lines.add(timeline.get(index.applyAsInt(row)));
            if (lines.size() >= FLUSH_BYTES) {
                lines.writeTo(out);
                lines.clear();
            }
        }
        lines.writeTo(out);
    }

    /**
     * Opens a saved session as a timeline whose entries are the saved ones. A line that is not an event stops
     * the open with its line number; the file is only ever read. Discard the timeline to close the file.
     */
    public static SessionTimeline open(Path file) throws StoreException {
        try (TimelineRestore restore = new TimelineRestore(DiskSessionFile.openSaved(file), PayloadBudget.unlimited());
             InputStream in = Files.newInputStream(file)) {
            readLines(file, in, restore);
            return restore.finish();
        } catch (NoSuchFileException e) {
            throw new StoreException("No session file " + file);
        } catch (IOException e) {
            throw new StoreException("Could not read the session file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Splits the file into lines by hand, a chunk at a time, to know each line's byte offset. */
    private static void readLines(Path file, InputStream in, TimelineRestore restore) throws IOException {
        byte[] chunk = new byte[256 * 1024];
        byte[] line = new byte[8192];
        long lineStart = 0;
        long offset = 0;
        long lineNumber = 1;
        int length = 0;
        for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
            for (int i = 0; i < read; i++, offset++) {
                byte b = chunk[i];
                if (b != '\n') {
                    if (length == line.length) {
                        line = Arrays.copyOf(line, line.length * 2);
                    }
                    line[length++] = b;
                    continue;
                }
                add(file, restore, line, length, lineStart, lineNumber++);
                lineStart = offset + 1;
                length = 0;
            }
        }
        add(file, restore, line, length, lineStart, lineNumber);
    }

    private static void add(Path file, TimelineRestore restore, byte[] line, int length, long start, long number)
            throws StoreException {
        int text = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        if (text == 0) {
            return; // a blank line, as at the end of many files
        }
        try {
            restore.add(EventJsonReader.parse(new String(line, 0, text, StandardCharsets.UTF_8)), start, length);
        } catch (IllegalArgumentException e) {
            throw new StoreException(file + " line " + number + ": " + e.getMessage()
                    + "; this is not a Wscope session file or it was damaged, so it was not opened");
        }
    }
}
