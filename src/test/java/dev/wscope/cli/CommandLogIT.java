package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.testing.ChildJvm;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A command that fails leaves its one line on stderr and the cause in logs/cli.log, nothing on the console else. */
class CommandLogIT {
    @Test
    void aFailedSend_leavesItsCauseInTheLog_andOneLineOnStderr() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ChildJvm run = ChildJvm.run("256m", 60, "send", "ws://127.0.0.1:" + closedPort + "/", "-m", "text:hi");

        assertEquals(1, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), "one line on stderr: " + run.err());
        Path log = Path.of(System.getProperty("wscope.home", "target/test-home"), "logs", "cli.log");
        String text = Files.readString(log);
        String entry = text.substring(text.lastIndexOf("command send started"));
        assertTrue(entry.contains("WARN") && entry.contains("wscope send failed"), entry);
        assertTrue(entry.contains("dev.wscope.engine.ConnectFailure"), "the cause's stack trace: " + entry);
    }
}
