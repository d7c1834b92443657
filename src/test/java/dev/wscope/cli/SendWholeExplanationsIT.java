package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.server.TestServer;
import dev.wscope.testing.Nginx;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `wscope send`'s readable lines keep Wscope's explanations whole: only the server's data is shortened. */
class SendWholeExplanationsIT {
    @Test
    void nginxCuttingAnIdleConnection_isExplainedInFull() throws Exception {
        try (TestServer backend = TestServer.start("127.0.0.1", 0);
             Nginx nginx = Nginx.proxyTo(backend.port(), true, 1)) {
            CliRun run = CliRun.of("send", nginx.url("/echo"), "--wait", "5");

            List<String> errors = run.outLines().stream().filter(line -> line.contains(" error ")).toList();
            assertEquals(1, errors.size(), run::toString);
            String explanation = errors.get(0);
            assertTrue(explanation.contains("without traffic"), explanation);
            assertTrue(explanation.length() > 260, "longer than a clipped preview: " + explanation);
            assertFalse(explanation.contains("…") || explanation.contains("..."), explanation);
            assertTrue(explanation.strip().endsWith("."), "ends as its sentence does: " + explanation);
        }
    }

    @Test
    void aLongMessage_isStillShortenedToOneLine() throws Exception {
        try (TestServer echo = TestServer.start("127.0.0.1", 0)) {
            CliRun run = CliRun.of("send", echo.url("/echo"), "-m", "text:" + "x".repeat(1000), "--wait", "0.5");

            String received = run.outLines().stream().filter(line -> line.contains(" received ")).findFirst().orElseThrow();
            assertTrue(received.endsWith("…") && received.length() < 300, received);
        }
    }
}
