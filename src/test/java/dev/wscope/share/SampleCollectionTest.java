package dev.wscope.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.variables.VariableResolver;
import dev.wscope.share.asyncapi.AsyncApiExport;
import dev.wscope.share.asyncapi.AsyncApiSchema;
import dev.wscope.share.html.HtmlDocs;
import dev.wscope.store.CollectionFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample shipped in the jar (src/main/resources/samples): it loads, exports and documents cleanly. */
class SampleCollectionTest {
    @TempDir
    Path folder;

    private Path sample() throws IOException {
        Path file = folder.resolve("echo-and-mirror.json");
        try (InputStream in = getClass().getResourceAsStream("/samples/echo-and-mirror.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void loadsWithItsRequestsAndSavedMessages() throws IOException {
        Collection sample = CollectionFiles.read(sample());

        assertEquals(List.of("Echo", "Mirror"), sample.requests().stream().map(SavedRequest::name).toList());
        assertEquals(5, sample.requests().get(0).messages().size());
        assertEquals("ws://127.0.0.1:8765/mirror?room=lobby", VariableResolver.of(sample.environment("local").orElseThrow())
                .resolve(sample.requests().get(1).connectRequest()).url());
    }

    @Test
    void isWrittenExactlyAsWscopeWritesFiles() throws IOException {
        Path file = sample();
        byte[] asShipped = Files.readAllBytes(file);

        CollectionFiles.write(file, CollectionFiles.read(file));

        assertEquals(new String(asShipped), Files.readString(file));
    }

    @Test
    void exportsAsValidAsyncApi_andAsDocs() throws IOException {
        Collection sample = CollectionFiles.read(sample());

        assertEquals(List.of(), AsyncApiSchema.problems(AsyncApiExport.of(sample)));
        assertTrue(HtmlDocs.of(sample).contains("<h1>Echo and mirror</h1>"));
    }
}
