package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.wscope.testing.ScriptedHttpServer;
import dev.wscope.testing.WebSocketReplies;
import org.junit.jupiter.api.Test;

/** A server's control characters reach the terminal escaped, never raw: it cannot drive the user's terminal. */
class HostileOutputIT {
    /** Sets the terminal's title, clears the screen and rings the bell. */
    private static final String ATTACK = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u007f";
    private static final String SHOWN = "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\x7f";

    @Test
    void sendText_escapesControlCharactersOfFramesAndCloseReasons() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer(head -> WebSocketReplies.upgrade(head)
                + WebSocketReplies.textFrame("hi" + ATTACK) + WebSocketReplies.closeFrame(4000, "bye" + ATTACK))) {
            CliRun run = CliRun.of("send", server.url("/x"), "--wait", "5");

            assertNoControlCharacters(run.out() + run.err());
            assertTrue(run.out().contains("hi" + SHOWN), run.toString());
            assertTrue(run.out().contains("bye" + SHOWN), run.toString());
        }
    }

    @Test
    void sendJson_keepsTheTextExactly_inJsonEscapes() throws Exception {
        try (ScriptedHttpServer server = new ScriptedHttpServer(head -> WebSocketReplies.upgrade(head)
                + WebSocketReplies.textFrame("hi" + ATTACK) + WebSocketReplies.closeFrame(4000, "bye"))) {
            CliRun run = CliRun.of("send", server.url("/x"), "--wait", "5", "--json");

            assertFalse(run.out().contains("\u001b"), run.toString());
            assertTrue(run.outLines().stream().map(line -> JsonParser.parseString(line).getAsJsonObject())
                    .anyMatch(event -> event.has("text") && event.get("text").getAsString().equals("hi" + ATTACK)),
                    run.toString());
        }
    }

    @Test
    void doctorText_escapesTheStatusLineHeadersAndBody_keepingTheBodysLines() throws Exception {
        String body = "line one" + ATTACK + "\r\nline two\n";
        try (ScriptedHttpServer server = new ScriptedHttpServer(head -> "HTTP/1.1 400 Bad" + ATTACK + "\r\n"
                + "X-Evil: a" + ATTACK + "\r\nContent-Length: " + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + "\r\n\r\n" + new String(body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1))) {
            CliRun run = CliRun.of("doctor", server.url("/x"), "--timeout", "5");

            assertEquals(1, run.exit(), run.toString());
            assertNoControlCharacters(run.out() + run.err());
            assertTrue(run.out().contains("400 Bad" + SHOWN), run.toString());
            assertTrue(run.out().contains("X-Evil: a" + SHOWN), run.toString());
            assertTrue(run.out().contains("line one" + SHOWN + "\\r\n  line two"), run.toString());
        }
    }

    private static void assertNoControlCharacters(String output) {
        for (char c : output.toCharArray()) {
            assertTrue(c == '\n' || (c >= 0x20 && c < 0x7f) || c > 0x9f,
                    "raw control character U+" + Integer.toHexString(c) + " in:\n" + output);
        }
    }
}
