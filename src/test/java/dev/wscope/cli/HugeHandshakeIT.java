package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.testing.ChildJvm;
import dev.wscope.testing.ScriptedHttpServer;
import dev.wscope.testing.WebSocketReplies;
import org.junit.jupiter.api.Test;

/** A 101 whose head is far beyond what any server sends: refused at once in one line, never a stack trace. */
class HugeHandshakeIT {
    private static final String END_OF_HEAD = "\r\n\r\n";

    @Test
    void aHeaderLineOf1MiB_failsWithinTheTimeout_inOneLine() throws Exception {
        assertRefusedQuickly(head -> withHeaders(head, "X-Big: " + "a".repeat(1024 * 1024) + "\r\n"));
    }

    @Test
    void tenThousandHeaders_failWithinTheTimeout_inOneLine() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            many.append("X-Header-").append(i).append(": ").append(i).append("\r\n");
        }
        assertRefusedQuickly(head -> withHeaders(head, many.toString()));
    }

    private static String withHeaders(String head, String extra) {
        String upgrade = WebSocketReplies.upgrade(head);
        return upgrade.substring(0, upgrade.length() - END_OF_HEAD.length()) + "\r\n" + extra + "\r\n";
    }

    private static void assertRefusedQuickly(java.util.function.Function<String, String> answer) throws Exception {
        try (ScriptedHttpServer huge = new ScriptedHttpServer(answer)) {
            ChildJvm run = ChildJvm.run("256m", 30, "send", huge.url("/x"), "--timeout", "3");

            assertEquals(1, run.exit(), run.toString());
            assertTrue(run.millis() < 8_000, "ended " + run.millis() + " ms after it began, with a 3 s timeout");
            assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
            assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        }
    }
}
