package dev.wscope.store;

import dev.wscope.core.timeline.PayloadBudget;
import dev.wscope.core.timeline.SessionTimeline;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the window's session timelines are made: their payload memory budget (the system property
 * wscope.sessionMemoryMiB, default 256) and their spill folder, the data folder's sessions/. The first timeline
 * made also starts, on a thread of its own, a sweep of spill files left by a run that did not end well.
 * Thread contract: any thread.
 */
public final class SessionStorage {
    private static final Logger LOG = LoggerFactory.getLogger(SessionStorage.class);
    public static final String MEMORY_PROPERTY = "wscope.sessionMemoryMiB";
    /** A spill file this old and not in use by a running Wscope is left from a crash. */
    public static final Duration STALE_AFTER = Duration.ofDays(1);
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    private SessionStorage() {
    }

    /** A new live session's timeline, as the window makes them. */
    public static SessionTimeline newTimeline() {
        DataFolder folder = DataFolder.current();
        if (SWEPT.compareAndSet(false, true)) {
            Thread sweep = new Thread(() -> sweepStale(folder.sessions(), STALE_AFTER, Instant.now()), "wscope-sweep");
            sweep.setDaemon(true);
            sweep.start();
        }
        return new SessionTimeline(budget(folder, System.getProperties()));
    }

    /** The budget from the property (whole MiB, 0 spills everything it can); a wrong value gives the default. */
    static PayloadBudget budget(DataFolder folder, Properties properties) {
        long mebibytes = PayloadBudget.DEFAULT_MEMORY_MIB;
        String value = properties.getProperty(MEMORY_PROPERTY);
        if (value != null) {
            try {
                mebibytes = Math.max(0, Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                // a mistyped setting must not stop a session: the default applies
                LOG.warn("the session memory setting {} is not a number; the default applies", value);
            }
        }
        return PayloadBudget.mebibytes(mebibytes, new SpillFolder(folder.sessions()));
    }

    /**
     * Deletes spill files older than the age that no running Wscope holds (each holds a lock on its own);
     * nothing but spill files is touched. Returns how many were deleted.
     */
    public static int sweepStale(Path sessions, Duration age, Instant now) {
        int deleted = 0;
        if (!Files.isDirectory(sessions)) {
            return 0;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(sessions, "*" + DiskSessionFile.SPILL_SUFFIX)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(age)) && deleteIfUnused(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            // a sweep is housekeeping: what it cannot reach now it tries again at the next start
            LOG.info("the sweep of old session files stopped", e);
        }
        return deleted;
    }

    private static boolean deleteIfUnused(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false; // another running Wscope writes it
            }
            Files.delete(file);
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this very process has it open
        }
    }
}
