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
import java.nio.file.attribute.PosixFilePermissions;
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
