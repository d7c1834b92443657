package dev.wscope.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * the new bytes go to a temporary file in the same folder and are flushed to disk, the old file is copied
 * to NAME.bak, and an atomic rename puts the new file in place. Owner-only files are created 600 from
 * the first byte, so a secret is never readable by others even for a moment; a file replaced keeps its
 * POSIX mode (a collection made 600 stays 600). Temporary files a killed write left are removed after an hour.
 */
public final class AtomicFile {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);
    /** The points between steps; tests fail at one of them to stand in for a crash there. */
    enum Step { TEMP_WRITTEN, BACKUP_MADE }

    @FunctionalInterface
    interface Checkpoint {
        void reached(Step step) throws IOException;
    }

    /** Content too big to hold as one array (a saved session): written to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Checkpoint checkpoint;

    AtomicFile(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    public static AtomicFile standard() {
        return new AtomicFile(step -> { });
    }

    /** Replaces the file, keeping its previous content as NAME.bak. */
    public void write(Path target, byte[] content, boolean ownerOnly) throws IOException {
        replace(target, out -> out.write(content), ownerOnly, true);
    }

    /** Replaces the file with no backup: for exports, which can be made again. */
    public void writeWithoutBackup(Path target, byte[] content) throws IOException {
        replace(target, out -> out.write(content), false, false);
    }

    /** Replaces the file with content written as a stream; the previous file is kept as NAME.bak if asked. */
    public void write(Path target, Content content, boolean keepBackup) throws IOException {
        replace(target, content, false, keepBackup);
    }

    private void replace(Path target, Content content, boolean ownerOnly, boolean keepBackup) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path folder = file.getParent();
        Files.createDirectories(folder);
        StaleTemps.removeOld(file);
        Path temp = StaleTemps.tempFor(file, UUID.randomUUID().toString());
        try {
            writeFlushed(temp, content, permissions(file, ownerOnly));
            checkpoint.reached(Step.TEMP_WRITTEN);
            if (keepBackup && Files.exists(file)) {
                Files.copy(file, backupOf(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            checkpoint.reached(Step.BACKUP_MADE);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        flushFolder(folder);
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** Null where the file system has no POSIX modes, or for a new shared file (the umask's default). */
    private static Set<PosixFilePermission> permissions(Path file, boolean ownerOnly) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return null;
        }
        if (ownerOnly) {
            return PosixFilePermissions.fromString("rw-------");
        }
        return Files.exists(file) ? Files.getPosixFilePermissions(file) : null;
    }

    private static void writeFlushed(Path temp, Content content, Set<PosixFilePermission> mode) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] attributes = mode == null ? new FileAttribute<?>[0]
                : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)};
        try (FileChannel channel = FileChannel.open(temp, options, attributes)) {
            if (mode != null) {
                Files.setPosixFilePermissions(temp, mode); // exactly the mode: creation applied the umask to it
            }
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 256 * 1024);
            content.writeTo(out);
            out.flush(); // not closed here: closing the stream would close the channel before the force
            channel.force(true);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("a temporary file " + temp + " is in the way", e);
        }
    }

    /** Makes the rename itself durable; file systems that cannot open a folder (Windows) skip it. */
    private static void flushFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the data itself was flushed before the rename; only the folder entry's durability is best effort
            LOG.debug("the folder {} was not synced", folder, e);
        }
    }
}
