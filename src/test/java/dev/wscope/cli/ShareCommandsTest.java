package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.collection.Collection;
import dev.wscope.share.asyncapi.AsyncApiImport;
import dev.wscope.share.asyncapi.AsyncApiSchema;
import dev.wscope.share.asyncapi.AsyncApiText;
import dev.wscope.store.CollectionFiles;
import dev.wscope.testing.Collections;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `wscope import`, `wscope asyncapi` and `wscope docs`, run in-process. */
class ShareCommandsTest {
    @TempDir
    Path folder;

    private Path fixture(String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/asyncapi/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path savedCollection() throws IOException {
        Path file = folder.resolve("everything.json");
        CollectionFiles.write(file, Collections.everyFieldSet());
        return file;
    }

    @Test
    void import_writesACollectionFile() throws IOException {
        Path out = folder.resolve("kraken.json");

        CliRun run = CliRun.of("import", fixture("kraken-multiple-channels-3.0.yml").toString(), "-o", out.toString());

        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("imported 7 request(s) with 9 saved message(s) into " + out), run.outLines());
        assertEquals("", run.err());
        assertEquals(7, CollectionFiles.read(out).requests().size());
    }

    @Test
    void import_ofADocumentThatBendsTheSchema_importsIt_withANoteOnOneLine() throws IOException {
        Path input = folder.resolve("loose.json");
        Files.writeString(input, "{\"asyncapi\": \"3.0.0\", \"info\": {\"title\": \"No version\"},"
                + " \"channels\": {\"feed\": {\"address\": \"/feed\"}}}");
        Path out = folder.resolve("loose-collection.json");

        CliRun run = CliRun.of("import", input.toString(), "-o", out.toString());

        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("wscope import: note: " + input + " does not follow the AsyncAPI 3.0.0 schema in 1 place(s),"
                + " first: $.info: required property 'version' not found"), run.errLines());
        assertEquals("{{server}}/feed", CollectionFiles.read(out).requests().get(0).url());
    }

    @Test
    void import_ofAFileThatIsNotAsyncApi_exits2_withOneLine_andWritesNothing() throws IOException {
        Path input = folder.resolve("broken.yml");
        Files.writeString(input, "asyncapi: 3.0.0\nchannels: [a,\n");
        Path out = folder.resolve("out.json");

        CliRun run = CliRun.of("import", input.toString(), "-o", out.toString());

        assertEquals(2, run.exit(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("wscope import: " + input + ": line 3, column 1: not valid YAML"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void import_ofAMissingFile_exits2() {
        CliRun run = CliRun.of("import", folder.resolve("nope.yml").toString(), "-o", folder.resolve("o.json").toString());

        assertEquals(2, run.exit());
        assertEquals(List.of("wscope import: cannot read " + folder.resolve("nope.yml") + ": no such file or folder"),
                run.errLines());
    }

    @Test
    void import_overACorruptCollection_isRefused_andLeavesIt() throws IOException {
        Path out = folder.resolve("mine.json");
        Files.writeString(out, "{\"schemaVersion\": 1, oops");

        CliRun run = CliRun.of("import", fixture("gemini-3.0.yml").toString(), "-o", out.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("wscope import: will not overwrite " + out), run.err());
        assertEquals("{\"schemaVersion\": 1, oops", Files.readString(out));
    }

    @Test
    void asyncapi_printsYamlOnStandardOutput_thatValidatesAndImportsBack() throws IOException {
        CliRun run = CliRun.of("asyncapi", savedCollection().toString());

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().startsWith("asyncapi: 3.0.0\n"));
        assertEquals(List.of(), AsyncApiSchema.problems(AsyncApiText.parse(run.out())));
        Collection back = AsyncApiImport.of(AsyncApiText.parse(run.out()));
        assertEquals(CollectionFiles.read(folder.resolve("everything.json")), back);
    }

    @Test
    void asyncapi_writesJsonToAFile() throws IOException {
        Path out = folder.resolve("api.yaml");

        CliRun run = CliRun.of("asyncapi", savedCollection().toString(), "-o", out.toString(), "--format", "JSON");

        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("wrote " + out), run.outLines());
        assertTrue(Files.readString(out).startsWith("{\n  \"asyncapi\": \"3.0.0\","));
    }

    @Test
    void asyncapi_withAnUnknownFormat_exits2() throws IOException {
        CliRun run = CliRun.of("asyncapi", savedCollection().toString(), "--format", "xml");

        assertEquals(2, run.exit());
        assertEquals(List.of("wscope asyncapi: --format takes yaml or json, not \"xml\""), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void asyncapi_ofACorruptCollection_exits2_andLeavesItByteForByte() throws IOException {
        Path file = savedCollection();
        byte[] corrupt = "{\n  \"schemaVersion\": 1,\n  \"items\": [\n".getBytes();
        Files.write(file, corrupt);

        CliRun run = CliRun.of("asyncapi", file.toString(), "-o", folder.resolve("x.yaml").toString());

        assertEquals(2, run.exit());
        assertEquals(List.of("wscope asyncapi: " + file + ": line 4, column 1: the file ends before the JSON does (cut short?)"),
                run.errLines());
        assertArrayEquals(corrupt, Files.readAllBytes(file));
        assertFalse(Files.exists(folder.resolve("x.yaml")));
    }

    @Test
    void docs_writesOneSelfContainedPage() throws IOException {
        Path out = folder.resolve("docs.html");

        CliRun run = CliRun.of("docs", savedCollection().toString(), "-o", out.toString());

        assertEquals(0, run.exit(), run.toString());
        String page = Files.readString(out);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<h1>Everything</h1>"));
        assertFalse(page.contains(Collections.SECRET_TOKEN));
    }

    @Test
    void docs_toAPathThatCannotBeWritten_exits2_withOneLine() throws IOException {
        Path blocker = folder.resolve("file.txt");
        Files.writeString(blocker, "x");
        Path out = blocker.resolve("docs.html");

        CliRun run = CliRun.of("docs", savedCollection().toString(), "-o", out.toString());

        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("wscope docs: cannot write " + out), run.err());
    }

    @Test
    void docs_needsAnOutputFile() throws IOException {
        CliRun run = CliRun.of("docs", savedCollection().toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("wscope docs: Missing required option: '--output=FILE.html'"), run.err());
    }
}
