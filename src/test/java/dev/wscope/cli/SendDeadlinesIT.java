package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.testing.HostilePeer;
import org.junit.jupiter.api.Test;

/** `send --timeout` bounds every stage: a wss:// port that never speaks TLS, a server that never answers the close. */
class SendDeadlinesIT {
    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void wssToAPortThatNeverSpeaksTls_failsAtTheTimeout_sayingWhy() throws Exception {
        try (HostilePeer silent = new HostilePeer((head, out) -> { })) {
            long start = System.nanoTime();
            CliRun run = CliRun.of("send", silent.url("wss"), "--timeout", "2");

            assertEquals(WscopeCommand.EXIT_FAILED, run.exit(), run.toString());
            assertTrue(millisSince(start) < 3500, "took " + millisSince(start) + " ms");
            assertTrue(run.err().contains("No answer within the 2 s handshake timeout: the TLS handshake or the upgrade"
                    + " did not finish") && run.err().contains("try ws://"), run.err());
        }
    }

    @Test
    void serverThatNeverAnswersTheClose_isLeftAtTheTimeout() throws Exception {
        try (HostilePeer mute = new HostilePeer((head, out) -> out.write(HostilePeer.switching(head, "")))) {
            long start = System.nanoTime();
            CliRun run = CliRun.of("send", mute.url("ws"), "--timeout", "1", "--wait", "0", "--json");

            assertEquals(0, run.exit(), run.toString());
            assertTrue(millisSince(start) < 2500, "took " + millisSince(start) + " ms");
        }
    }
}
