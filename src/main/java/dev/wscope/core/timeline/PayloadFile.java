package dev.wscope.core.timeline;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The port through which payloads leave memory and come back: a session file whose lines are appended (a spill
 * file) or read back by position (a spill file, or a saved session being opened). The timeline only says which
 * bytes go and which come back; the store's implementation does the file I/O, so core opens no file itself.
 * Thread contract: one thread appends; any thread reads (a read does not move a shared position).
 */
public interface PayloadFile extends AutoCloseable {
    /** Where the file is, for messages and for the sweep of stale spill files; never opened by the timeline. */
    Path path();

    /** Appends the first length bytes at the end of the file and returns the position they start at. */
    long append(byte[] bytes, int length) throws IOException;

    /** The length bytes that start at the position. */
    byte[] read(long position, long length) throws IOException;

    /** Closes the file; a spill file is deleted too, a saved session is left as it is. */
    @Override
    void close() throws IOException;
}
