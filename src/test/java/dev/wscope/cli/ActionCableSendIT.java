package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.SpecFields;
import dev.wscope.core.payload.MessageFormat;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Variable;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.DataFolder;
import dev.wscope.testing.ActionCable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `wscope send --protocol actioncable` against a real Rails Action Cable app (ruby-actioncable 6.1 under puma)
 * pinging every 500 ms instead of 3 s, so that a few seconds hold many heartbeats.
 */
class ActionCableSendIT {
    private static final Duration BEAT = Duration.ofMillis(500);
    private static ActionCable cable;

    @BeforeAll
    static void start() throws Exception {
        cable = ActionCable.beatingEvery(BEAT);
    }

    @AfterAll
    static void stop() throws Exception {
        cable.close();
    }

    private static List<JsonObject> events(CliRun run) {
        return run.outLines().stream().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    }

    private static List<JsonObject> decoded(List<JsonObject> events, String kind, String type) {
        return events.stream().filter(e -> e.get("kind").getAsString().equals(kind) && e.has("protocol")
                && e.getAsJsonObject("protocol").get("type").getAsString().equals(type)).toList();
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void subscribeThenSpeak_theBroadcastComesBackDecoded_andEveryPingOfALongSessionIsAFoldedHeartbeat() {
        String room = "{\"channel\": \"EchoChannel\", \"room\": \"speak\"}";
        List<String> args = new ArrayList<>(List.of("send", cable.url(), "--protocol", "actioncable",
                "-m", "subscribe:" + room, "--json", "--wait", "3"));
        IntStream.rangeClosed(1, 5).forEach(i -> args.addAll(List.of("-m", "perform:{\"action\": \"speak\", \"text\": \"hi " + i + "\"}")));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertEquals(0, run.exit(), run.toString());
        List<JsonObject> events = events(run);
        JsonObject open = events.stream().filter(e -> e.get("kind").getAsString().equals("open")).findFirst().orElseThrow();
        assertEquals("actioncable-v1-json", open.get("subprotocol").getAsString());
        assertEquals(1, decoded(events, "received", "welcome").size(), run.toString());
        JsonObject identifier = json("{\"channel\":\"EchoChannel\",\"room\":\"speak\"}");
        assertEquals(identifier, decoded(events, "received", "confirm_subscription").get(0).getAsJsonObject("protocol").get("identifier"));
        assertEquals("{\"command\":\"subscribe\",\"identifier\":\"{\\\"channel\\\":\\\"EchoChannel\\\",\\\"room\\\":\\\"speak\\\"}\"}",
                decoded(events, "sent", "subscribe").get(0).get("text").getAsString());
        List<JsonObject> messages = decoded(events, "received", "message");
        // Rails runs each perform on its worker pool, so the broadcasts may come back in another order
        assertEquals(IntStream.rangeClosed(1, 5).mapToObj(i -> "{\"text\":\"hi " + i + "\"}").toList(),
                messages.stream().map(m -> m.getAsJsonObject("protocol").get("message").toString()).sorted().toList(), "every broadcast");
        assertEquals(identifier, messages.get(0).getAsJsonObject("protocol").get("identifier"));
        assertEquals("actioncable", messages.get(0).getAsJsonObject("protocol").get("name").getAsString());
        assertTrue(seq(decoded(events, "received", "confirm_subscription").get(0)) < seq(decoded(events, "sent", "message").get(0)),
                "perform waits for the channel's confirmation: " + run);

        List<JsonObject> pings = decoded(events, "received", "ping");
        assertTrue(pings.size() > 3, "more than three heartbeat intervals: " + pings.size() + " pings\n" + run);
        assertTrue(pings.stream().allMatch(ping -> ping.has("heartbeat") && ping.get("heartbeat").getAsBoolean()), run.toString());
        assertTrue(events.stream().filter(e -> e.has("heartbeat")).allMatch(pings::contains), "only pings are heartbeats");
        JsonObject closed = events.get(events.size() - 1);
        assertEquals("closed", closed.get("kind").getAsString());
        assertEquals(1000, closed.get("code").getAsInt());
        assertEquals("client", closed.get("by").getAsString(), "nothing dropped the session: " + run);
    }

    @Test
    void theTextOutput_readsInWords() {
        CliRun run = CliRun.of("send", cable.url(), "--protocol", "actioncable", "-m", "subscribe:{\"channel\": \"EchoChannel\", \"room\": \"words\"}",
                "-m", "perform:{\"action\": \"speak\", \"text\": \"hi\"}", "--wait", "1");

        assertEquals(0, run.exit(), run.toString());
        for (String words : List.of("welcome  {\"type\":\"welcome\"}", "subscribe EchoChannel  {", "confirm EchoChannel  {",
                "perform EchoChannel speak {\"text\":\"hi\"}  {", "message EchoChannel {\"text\":\"hi\"}  {")) {
            assertTrue(run.out().contains(words), words + " in\n" + run);
        }
    }

    @Test
    void aRejectedSubscription_isNamed_andThePerformWaitingForItIsNotSent() {
        CliRun run = CliRun.of("send", cable.url(), "--protocol", "actioncable", "-m", "subscribe:SecretChannel",
                "-m", "perform:{\"action\": \"read\"}", "--json", "--wait", "5");

        assertEquals(1, run.exit(), run.toString());
        List<JsonObject> events = events(run);
        assertEquals(json("{\"channel\":\"SecretChannel\"}"),
                decoded(events, "received", "reject_subscription").get(0).getAsJsonObject("protocol").get("identifier"));
        JsonObject error = events.stream().filter(e -> e.get("kind").getAsString().equals("error")).findFirst().orElseThrow();
        assertEquals("protocol-rejected", error.get("cause").getAsString());
        assertTrue(error.get("message").getAsString().startsWith("Action Cable rejected the subscription to SecretChannel"), run.toString());
        assertTrue(run.err().contains("SecretChannel's subscribed called reject"), run.err());
        assertEquals(List.of(), decoded(events, "sent", "message"), "the perform waited for a confirmation that never came");
    }

    @Test
    void aConnectionRefusedForWantOfItsCookie_isNamed_andWithTheCookieIsWelcome() {
        String membersOnly = cable.url() + "?members_only";
        CliRun refused = CliRun.of("send", membersOnly, "--protocol", "actioncable", "-m", "subscribe:EchoChannel", "--json", "--wait", "5");

        assertEquals(1, refused.exit(), refused.toString());
        List<JsonObject> events = events(refused);
        JsonObject disconnect = decoded(events, "received", "disconnect").get(0).getAsJsonObject("protocol");
        assertEquals("unauthorized", disconnect.get("reason").getAsString());
        assertEquals(false, disconnect.get("reconnect").getAsBoolean());
        JsonObject error = events.stream().filter(e -> e.get("kind").getAsString().equals("error")).findFirst().orElseThrow();
        assertEquals("protocol-rejected", error.get("cause").getAsString());
        assertTrue(error.get("message").getAsString().contains("disconnect unauthorized (no reconnect)"), refused.toString());
        assertTrue(refused.err().contains("reject_unauthorized_connection") && refused.err().contains("cookies or headers"), refused.err());
        assertEquals(List.of(), decoded(events, "sent", "subscribe"), "nothing sent on a refused connection");

        CliRun welcome = CliRun.of("send", membersOnly, "--cookie", "user=ann", "--protocol", "actioncable", "-m", "subscribe:EchoChannel",
                "--json", "--wait", "1");

        assertEquals(0, welcome.exit(), welcome.toString());
        assertEquals(1, decoded(events(welcome), "received", "confirm_subscription").size(), welcome.toString());
    }

    @Test
    void aRequestSavedWithItsProtocolAndVerbs_isSentAgainFromTheCollection(@TempDir Path folder) throws Exception {
        SavedRequest saved = SavedRequest.of("Echo room", cable.url())
                .withOptions(ConnectOptions.defaults().withProtocol(ProtocolSetup.of(ProtocolKind.ACTION_CABLE)))
                .withMessages(List.of(
                        new SavedMessage("Join", MessageFormat.JSON, "{\"channel\": \"EchoChannel\", \"room\": \"{{room}}\"}",
                                false, "subscribe"),
                        new SavedMessage("Speak", MessageFormat.JSON, "{\"action\": \"speak\", \"text\": \"saved\"}", false,
                                "perform")));
        Path file = folder.resolve("cable.json");
        new CollectionStore(DataFolder.current()).save(file, new Collection("c-cable", "Cable", SpecFields.empty(),
                List.of(saved), List.of(new Environment("dev", List.of(Variable.plain("room", "42"))))));

        CliRun run = CliRun.of("send", "--collection", file.toString(), "--request", "Echo room", "--json", "--wait", "1.5");

        assertEquals(0, run.exit(), run.toString());
        List<JsonObject> events = events(run);
        assertEquals(1, decoded(events, "received", "confirm_subscription").size(), run.toString());
        JsonObject message = decoded(events, "received", "message").get(0).getAsJsonObject("protocol");
        assertEquals("{\"text\":\"saved\"}", message.get("message").toString());
        assertEquals("42", message.getAsJsonObject("identifier").get("room").getAsString(), "the environment's value");
    }

    @Test
    void theDoctor_namesTheRefusalInRailsWords_notAsAConnectionClosedAtOnce() {
        CliRun doctor = CliRun.of("doctor", cable.url() + "?members_only", "--protocol", "actioncable", "--json");

        assertEquals(1, doctor.exit(), doctor.toString());
        JsonObject report = json(doctor.out());
        assertEquals("protocol-rejected", report.get("cause").getAsString(), doctor.toString());
        assertTrue(report.get("summary").getAsString().contains("unauthorized"), doctor.toString());
        JsonObject last = report.getAsJsonArray("steps").get(report.getAsJsonArray("steps").size() - 1).getAsJsonObject();
        assertEquals("protocol: actioncable", last.get("step").getAsString());
        assertEquals("failed", last.get("status").getAsString());
    }

    @Test
    void theDoctor_opensTheSessionAsItsLastStep() {
        CliRun doctor = CliRun.of("doctor", cable.url(), "--protocol", "actioncable", "--json");

        assertEquals(0, doctor.exit(), doctor.toString());
        JsonObject report = json(doctor.out());
        JsonObject last = report.getAsJsonArray("steps").get(report.getAsJsonArray("steps").size() - 1).getAsJsonObject();
        assertEquals("protocol: actioncable", last.get("step").getAsString());
        assertEquals("ok", last.get("status").getAsString());
    }

    private static long seq(JsonObject event) {
        return event.get("seq").getAsLong();
    }
}
