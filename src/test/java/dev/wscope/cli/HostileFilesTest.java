package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files are refused with exit 2 and one line naming the limit: never a stack trace, never memory exhausted. */
class HostileFilesTest {
    private static final int DEEP = 100_000;

    @TempDir
    Path folder;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    /** A file of that size that takes no disk (sparse): only its size matters before it is read. */
    private Path sparse(String name, long bytes) throws IOException {
        Path file = folder.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
        return file;
    }

    private CliRun refused(String command, Path input, String said) {
        CliRun run = CliRun.of(command, input.toString(), "-o", folder.resolve("out").toString());
        assertEquals(2, run.exit(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().contains(said), run.toString());
        assertFalse(Files.exists(folder.resolve("out")), "nothing written");
        return run;
    }

    @Test
    void import_refusesAnAnchorThatContainsItself() throws IOException {
        refused("import", file("self.yaml", "asyncapi: 3.0.0\ninfo: &a\n  title: x\n  loop: *a\n"), "alias of itself");
        refused("import", file("list.yaml", "asyncapi: 3.0.0\nx: &a [*a, *a]\n"), "alias of itself");
    }

    @Test
    void import_refusesABillionLaughs_atFiftyAliases() throws IOException {
        StringBuilder yaml = new StringBuilder("asyncapi: 3.0.0\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append('a').append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        refused("import", file("laughs.yaml", yaml.toString()), "max=50");
    }

    @Test
    void import_refusesDocumentsNested100000Deep_atTheLimitOf255() throws IOException {
        String nested = "[".repeat(DEEP) + "]".repeat(DEEP);
        refused("import", file("deep.yaml", "asyncapi: 3.0.0\nx: " + nested + "\n"), "deeper than 255 levels");
        refused("import", file("deep.json", "{\"asyncapi\": \"3.0.0\", \"x\": " + nested + "}"), "nesting limit 255");
    }

    @Test
    void import_refusesADocumentOver16MiB_beforeReadingIt() throws IOException {
        refused("import", sparse("huge.yaml", 500L * 1024 * 1024), "over the 16.0 MiB limit");
    }

    @Test
    void asyncapiAndDocs_refuseACollectionOver16MiB_beforeReadingIt() throws IOException {
        Path huge = sparse("huge.json", 500L * 1024 * 1024);
        refused("asyncapi", huge, "500.0 MiB, over the 16.0 MiB limit for a collection file");
        refused("docs", huge, "500.0 MiB, over the 16.0 MiB limit for a collection file");
    }
}
