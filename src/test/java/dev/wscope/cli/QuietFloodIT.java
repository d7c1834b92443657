package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.testing.ScriptedHttpServer;
import dev.wscope.testing.WebSocketReplies;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** `send --quiet` counts a flood without keeping it: the heap does not grow with the messages. */
class QuietFloodIT {
    private static final int MESSAGES = 256 * 1024;
    private static final int SIZE = 1024; // 256 MiB in all
    private static final long MiB = 1024 * 1024;

    @Test
    void quietSend_ofA256MiBFlood_keepsTheHeapWithin64MiBOfWhereItStarted() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long before = usedHeapAfterGc();
            CompletableFuture<Long> grownWhileOpen = CompletableFuture.supplyAsync(() -> flood(listener, before));

            CliRun run = CliRun.of("send", "ws://127.0.0.1:" + listener.getLocalPort() + "/flood", "--quiet", "--wait", "60");

            long grown = grownWhileOpen.get(60, TimeUnit.SECONDS);
            assertEquals(0, run.exit(), run.toString());
            assertEquals("sent 0, received " + MESSAGES + ", closed 1000 by server", run.out().strip());
            assertTrue(grown < 64 * MiB, "the heap grew by " + grown / MiB + " MiB over a 256 MiB flood");
        }
    }

    /** Sends the flood, then measures the heap while the connection is still open, then closes 1000. */
    private static long flood(ServerSocket listener, long before) {
        try (Socket socket = listener.accept()) {
            socket.setSoTimeout(30_000);
            String head = ScriptedHttpServer.readHead(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            out.write(WebSocketReplies.upgrade(head).getBytes(StandardCharsets.ISO_8859_1));
            byte[] frame = new byte[4 + SIZE];
            frame[0] = (byte) 0x81;
            frame[1] = 126;
            frame[2] = (byte) (SIZE >> 8);
            Arrays.fill(frame, 4, frame.length, (byte) 'x');
            for (int i = 0; i < MESSAGES; i++) {
                out.write(frame);
            }
            out.flush();
            long grown = usedHeapAfterGc() - before;
            out.write(WebSocketReplies.closeFrame(1000, "").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.getInputStream().read(new byte[64]); // the client's close reply
            return grown;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
