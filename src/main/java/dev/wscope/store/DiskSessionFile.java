package dev.wscope.store;

import dev.wscope.core.timeline.PayloadFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * A session file on disk that payloads are read back from by position, through a FileChannel: either a spill
 * file of our own (append-only, locked while in use so a sweep of stale files never takes it, deleted when
 * closed), or a saved session opened read-only. Thread contract: one thread appends; any thread reads
 * (positional reads do not move a shared position).
 */
public final class DiskSessionFile implements PayloadFile {
    /** Spill files end so, and only they: a sweep deletes nothing else. */
    public static final String SPILL_SUFFIX = ".spill.ndjson";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean spill;
    private long end;

    private DiskSessionFile(Path path, FileChannel channel, FileLock lock, boolean spill) throws IOException {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.spill = spill;
        this.end = channel.size();
    }

    /** A new spill file in the folder (made if missing). */
    static DiskSessionFile createSpill(Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = "session-" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + SPILL_SUFFIX;
        Path path = folder.resolve(name);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            return new DiskSessionFile(path, channel, channel.tryLock(), true);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(path);
            throw e;
        }
    }

    /** A saved session, read only; closing it leaves the file as it is. */
    static DiskSessionFile openSaved(Path path) throws IOException {
        return new DiskSessionFile(path, FileChannel.open(path, StandardOpenOption.READ), null, false);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public long append(byte[] bytes, int length) throws IOException {
        long start = end;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        long position = start;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        end = position;
        return start;
    }

    @Override
    public byte[] read(long position, long length) throws IOException {
        if (length > Integer.MAX_VALUE - 16) {
            throw new IOException("a region of " + length + " bytes is too big to read back");
        }
        byte[] bytes = new byte[(int) length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException(path + " ends before byte " + (position + length) + ": was it changed?");
            }
        }
        return bytes;
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock != null && channel.isOpen()) {
                lock.release();
            }
            channel.close();
        } finally {
            if (spill) {
                Files.deleteIfExists(path);
            }
        }
    }
}
