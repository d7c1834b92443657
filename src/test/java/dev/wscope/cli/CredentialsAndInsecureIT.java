package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.wscope.testing.ScriptedHttpServer;
import dev.wscope.testing.WebSocketReplies;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Credentials in an address go out as Basic authorization and are never printed; --insecure is always said. */
class CredentialsAndInsecureIT {
    private static final String PASSWORD = "s3cr%3At";
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
            "alice:s3cr:t".getBytes(StandardCharsets.UTF_8));

    private final LinkedBlockingQueue<String> heads = new LinkedBlockingQueue<>();

    private ScriptedHttpServer acceptingServer() throws Exception {
        return new ScriptedHttpServer(head -> {
            heads.add(head);
            return WebSocketReplies.upgrade(head) + WebSocketReplies.closeFrame(1000, "");
        });
    }

    private static String withCredentials(ScriptedHttpServer server) {
        return "ws://alice:" + PASSWORD + "@127.0.0.1:" + server.port() + "/x";
    }

    private String nextHead() throws InterruptedException {
        String head = heads.poll(10, TimeUnit.SECONDS);
        assertTrue(head != null, "the server saw no request");
        return head;
    }

    @Test
    void send_sendsBasicAuthorization_andMasksThePasswordInEveryEvent() throws Exception {
        try (ScriptedHttpServer server = acceptingServer()) {
            CliRun run = CliRun.of("send", withCredentials(server), "--json", "--wait", "5");

            String head = nextHead();
            assertEquals(BASIC, ScriptedHttpServer.header(head, "Authorization"), head);
            assertTrue(head.startsWith("GET /x HTTP/1.1\r\n"), head);
            assertFalse(head.contains("alice"), "no credentials in the request line or Host: " + head);
            assertFalse(run.out().contains("s3cr") || run.out().contains(BASIC.substring(6)), run.toString());
            JsonObject connecting = JsonParser.parseString(run.outLines().get(0)).getAsJsonObject();
            assertEquals("ws://alice:••••••@127.0.0.1:" + server.port() + "/x", connecting.get("url").getAsString());
            assertTrue(run.out().contains("\"Authorization\",\"Basic ••••••\""), run.toString());
        }
    }

    @Test
    void send_keepsTheUsersOwnAuthorizationHeader() throws Exception {
        try (ScriptedHttpServer server = acceptingServer()) {
            CliRun run = CliRun.of("send", withCredentials(server), "-H", "Authorization: Bearer abc", "--wait", "5");

            assertEquals("Bearer abc", ScriptedHttpServer.header(nextHead(), "Authorization"), run.toString());
        }
    }

    @Test
    void doctor_sendsBasicAuthorization_andMasksThePasswordInTextAndJson() throws Exception {
        try (ScriptedHttpServer server = acceptingServer()) {
            CliRun text = CliRun.of("doctor", withCredentials(server), "--timeout", "5");
            assertEquals(BASIC, ScriptedHttpServer.header(nextHead(), "Authorization"));
            CliRun json = CliRun.of("doctor", withCredentials(server), "--timeout", "5", "--json");
            nextHead();

            assertTrue(text.outLines().get(0).endsWith("ws://alice:••••••@127.0.0.1:" + server.port() + "/x"), text.toString());
            assertEquals("ws://alice:••••••@127.0.0.1:" + server.port() + "/x",
                    JsonParser.parseString(json.out()).getAsJsonObject().get("url").getAsString());
            for (CliRun run : new CliRun[] {text, json}) {
                assertFalse(run.out().contains("s3cr") || run.out().contains(BASIC.substring(6)), run.toString());
            }
        }
    }

    @Test
    void insecure_isSaidByEveryReport() throws Exception {
        try (ScriptedHttpServer server = acceptingServer()) {
            String url = server.url("/x");
            CliRun sendText = CliRun.of("send", url, "--insecure", "--wait", "5");
            CliRun sendQuiet = CliRun.of("send", url, "--insecure", "--quiet", "--wait", "5");
            CliRun sendJson = CliRun.of("send", url, "--insecure", "--json", "--wait", "5");
            CliRun doctorText = CliRun.of("doctor", url, "--insecure", "--timeout", "5");
            CliRun doctorJson = CliRun.of("doctor", url, "--insecure", "--timeout", "5", "--json");

            for (CliRun run : new CliRun[] {sendText, sendQuiet, doctorText}) {
                assertTrue(run.out().contains("INSECURE: certificate checks are off"), run.toString());
            }
            assertTrue(JsonParser.parseString(sendJson.outLines().get(0)).getAsJsonObject().get("insecure").getAsBoolean(),
                    sendJson.toString());
            assertTrue(JsonParser.parseString(doctorJson.out()).getAsJsonObject().get("insecure").getAsBoolean(),
                    doctorJson.toString());
            CliRun checked = CliRun.of("doctor", url, "--timeout", "5", "--json");
            assertFalse(JsonParser.parseString(checked.out()).getAsJsonObject().get("insecure").getAsBoolean());
        }
    }
}
