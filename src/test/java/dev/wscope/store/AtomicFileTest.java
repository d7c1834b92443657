package dev.wscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path folder;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileWrittenAgain_keepsItsPosixMode() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("c.json");
        AtomicFile.standard().write(file, bytes("one"), false);
        for (String mode : List.of("rw-------", "rw-rw-r--")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

            AtomicFile.standard().write(file, bytes(mode), false);

            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void aSave_removesThatFilesTempFilesOlderThanAnHour_andNoOthers() throws IOException {
        Path file = folder.resolve("c.json");
        Path stale = Files.writeString(folder.resolve(".c.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "killed");
        Path fresh = Files.writeString(folder.resolve(".c.json.7c9e6679-7425-40de-944b-e07fc1f90ae7.tmp"), "busy");
        Path otherFiles = Files.writeString(folder.resolve(".d.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "x");
        Path notATemp = Files.writeString(folder.resolve(".c.json.notes.tmp"), "mine");
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path old : List.of(stale, otherFiles, notATemp)) {
            Files.setLastModifiedTime(old, twoHoursAgo);
        }

        AtomicFile.standard().write(file, bytes("one"), false);

        assertEquals(List.of(".c.json.7c9e6679-7425-40de-944b-e07fc1f90ae7.tmp",
                ".c.json.notes.tmp", ".d.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp", "c.json"), names());
        assertEquals("busy", Files.readString(fresh));
    }

    @Test
    void replacesTheFile_andKeepsThePreviousOneAsBak() throws IOException {
        Path file = folder.resolve("c.json");
        AtomicFile.standard().write(file, bytes("one"), false);
        AtomicFile.standard().write(file, bytes("two"), false);

        assertEquals("two", Files.readString(file));
        assertEquals("one", Files.readString(AtomicFile.backupOf(file)));
        assertEquals(List.of("c.json", "c.json.bak"), names());
    }

    @Test
    void aCrashAfterTheTempFileIsWritten_leavesTheOldFileAsItWas() throws IOException {
        Path file = folder.resolve("c.json");
        AtomicFile.standard().write(file, bytes("old content"), false);
        AtomicFile crashing = new AtomicFile(step -> {
            if (step == AtomicFile.Step.TEMP_WRITTEN) {
                throw new IOException("simulated crash");
            }
        });

        assertThrows(IOException.class, () -> crashing.write(file, bytes("new content"), false));

        assertArrayEquals(bytes("old content"), Files.readAllBytes(file));
        assertEquals(List.of("c.json"), names(), "no temporary file is left behind");
    }

    @Test
    void aCrashJustBeforeTheMove_leavesTheOldFileAndItsBackup() throws IOException {
        Path file = folder.resolve("c.json");
        AtomicFile.standard().write(file, bytes("old content"), false);
        AtomicFile crashing = new AtomicFile(step -> {
            if (step == AtomicFile.Step.BACKUP_MADE) {
                throw new IOException("simulated crash");
            }
        });

        assertThrows(IOException.class, () -> crashing.write(file, bytes("new content"), false));

        assertEquals("old content", Files.readString(file));
        assertEquals("old content", Files.readString(AtomicFile.backupOf(file)));
    }

    @Test
    void ownerOnlyFilesAreCreatedReadableByTheOwnerAlone() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("secrets.json");

        AtomicFile.standard().write(file, bytes("{}"), true);
        AtomicFile.standard().write(file, bytes("{\"a\": 1}"), true);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(AtomicFile.backupOf(file))));
    }

    @Test
    void exportsAreReplacedWithoutABackup() throws IOException {
        Path file = folder.resolve("docs.html");
        AtomicFile.standard().writeWithoutBackup(file, bytes("a"));
        AtomicFile.standard().writeWithoutBackup(file, bytes("b"));

        assertEquals("b", Files.readString(file));
        assertFalse(Files.exists(AtomicFile.backupOf(file)));
    }
}
