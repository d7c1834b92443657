package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.SpecFields;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Variable;
import dev.wscope.server.TestServer;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `wscope send --collection FILE --request NAME`: a request saved as the window saves it, sent again. */
class SendSavedRequestIT {
    private static final String SECRET = "s3cret-token-51b";
    @TempDir
    Path folder;
    private TestServer server;
    private Path file;

    @BeforeEach
    void save() throws Exception {
        server = TestServer.start("127.0.0.1", 0);
        SavedRequest echo = SavedRequest.of("Echo", server.url("/echo")).withMessages(List.of(
                SavedMessage.of("Hello", MessageFormat.TEXT, "hello {{who}}"),
                SavedMessage.of("Token", MessageFormat.JSON, "{\"token\": \"{{token}}\"}"),
                new SavedMessage("Example", MessageFormat.TEXT, "from the server", true)));
        Collection collection = new Collection("c-send", "Saved", SpecFields.empty(), List.of(echo), List.of(
                new Environment("staging", List.of(Variable.plain("who", "staging"), Variable.secret("token", SECRET))),
                new Environment("production", List.of(Variable.plain("who", "production"),
                        Variable.secret("token", SECRET)))));
        file = folder.resolve("saved.json");
        new CollectionStore(DataFolder.current()).save(file, collection);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static List<String> received(CliRun run) {
        return run.outLines().stream().map(line -> JsonParser.parseString(line).getAsJsonObject())
                .filter(e -> e.get("kind").getAsString().equals("received")).map(e -> e.get("text").getAsString()).toList();
    }

    @Test
    void theSavedMessagesGoInOrder_withTheEnvironmentsValues_andTheSecretsFromThisMachine() throws IOException {
        assertTrue(!Files.readString(file).contains(SECRET), "the secret is not in the collection file");

        CliRun run = CliRun.of("send", "--collection", file.toString(), "--request", "Echo", "--env", "production", "--json");

        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("hello production", "{\"token\": \"" + SECRET + "\"}"), received(run), run.toString());
    }

    @Test
    void theFirstEnvironmentByDefault_andChosenMessagesOnly() {
        CliRun run = CliRun.of("send", "--collection", file.toString(), "--request", "Echo", "--saved-message", "Hello",
                "-m", "text:and one more", "--json");

        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("hello staging", "and one more"), received(run), run.toString());
    }

    @Test
    void anUnknownRequest_isBadInput_namingTheOnesThereAre() {
        CliRun run = CliRun.of("send", "--collection", file.toString(), "--request", "Nope");

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("no request \"Nope\"") && run.err().contains("it has: Echo"), run.err());
    }

    @Test
    void anAddressAndASavedRequest_orNeither_isBadInput() {
        CliRun both = CliRun.of("send", server.url("/echo"), "--collection", file.toString(), "--request", "Echo");
        CliRun neither = CliRun.of("send", "-m", "text:hi");

        assertEquals(2, both.exit(), both.toString());
        assertEquals(2, neither.exit(), neither.toString());
        assertTrue(neither.err().contains("give the ws:// address"), neither.err());
    }
}
