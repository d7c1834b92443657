package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.server.TestServer;
import dev.wscope.testing.Nginx;
import org.junit.jupiter.api.Test;

/** `wscope send` through a real nginx that cuts quiet connections after 2 s: exit 1, and the timeline says why. */
class SendIdleDropIT {
    @Test
    void aConnectionDroppedWithoutCloseFrame_exits1_withTheMeasuredTimeoutAndNginxsSetting() throws Exception {
        try (TestServer backend = TestServer.start("127.0.0.1", 0);
             Nginx nginx = Nginx.proxyTo(backend.port(), true, 2)) {
            CliRun run = CliRun.of("send", nginx.url("/echo"), "-m", "text:hello", "--wait", "10");

            assertEquals(WscopeCommand.EXIT_FAILED, run.exit(), run.toString());
            assertTrue(run.err().startsWith("wscope send: the connection dropped without a close frame (1006)"),
                    run.toString());
            assertTrue(run.out().contains("closed") && run.out().contains("1006"), run.toString());
            assertTrue(run.out().contains("your proxy's idle timeout is about 2 s"), "on the timeline: " + run);
            assertTrue(run.err().contains("your proxy's idle timeout is about 2 s. The handshake's answer came through"
                    + " nginx/"), "whole on stderr: " + run);
            assertTrue(run.err().contains("proxy_read_timeout 3600s;"), run.toString());
        }
    }

    @Test
    void aServerThatClosesWithACloseFrame_stillExits0() throws Exception {
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            CliRun run = CliRun.of("send", server.url("/close?code=1000&reason=done"), "--wait", "5");
            assertEquals(0, run.exit(), run.toString());
        }
    }

    @Test
    void aServerThatDropsTheSocket_exits1() throws Exception {
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            CliRun run = CliRun.of("send", server.url("/drop"), "--wait", "5");
            assertEquals(WscopeCommand.EXIT_FAILED, run.exit(), run.toString());
            assertTrue(run.err().startsWith("wscope send: the connection dropped without a close frame (1006)"),
                    run.toString());
        }
    }
}
