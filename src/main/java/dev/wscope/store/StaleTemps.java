package dev.wscope.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the temporary files an AtomicFile write left behind when the process was killed mid-write
 * (.NAME.UUID.tmp), for one file only and only when older than an hour: a younger one may be another
 * process's write still under way.
 */
final class StaleTemps {
    private static final Logger LOG = LoggerFactory.getLogger(StaleTemps.class);
    static final Duration AGE = Duration.ofHours(1);
    private static final Pattern UUID_TMP = Pattern.compile("\\.[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.tmp");

    private StaleTemps() {
    }

    static Path tempFor(Path file, String uuid) {
        return file.resolveSibling("." + file.getFileName() + "." + uuid + ".tmp");
    }

    /** Best effort: a temp file that cannot be listed or removed is left, and the write goes on. */
    static void removeOld(Path file) {
        String prefix = "." + file.getFileName();
        Instant cutoff = Instant.now().minus(AGE);
        // A filter, not a glob: a file name may hold the glob's own characters ({, [, *).
        DirectoryStream.Filter<Path> mine = sibling -> {
            String name = sibling.getFileName().toString();
            return name.startsWith(prefix) && UUID_TMP.matcher(name.substring(prefix.length())).matches();
        };
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent(), mine)) {
            for (Path sibling : siblings) {
                if (Files.getLastModifiedTime(sibling).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a leftover costs disk space, never the save
            LOG.info("old temporary files were left", e);
        }
    }
}
