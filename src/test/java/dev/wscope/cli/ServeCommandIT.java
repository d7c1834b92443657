package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.engine.LiveConnection;
import dev.wscope.engine.LoopbackOnly;
import dev.wscope.engine.TimelineWait;
import dev.wscope.engine.WebSocketConnector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** `wscope serve` as a real separate process, and its refusals in-process. */
class ServeCommandIT {
    private static final Pattern LISTENING = Pattern.compile("listening on wss?://127\\.0\\.0\\.1:(\\d+)");

    private Process process;

    @AfterEach
    void stopProcess() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Starts `wscope serve --port 0 ARGS` as its own process; its output lines arrive on the queue. */
    private BlockingQueue<String> startServe(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Under failsafe java.class.path is the whole test classpath: target/classes (or the jar) and every dependency.
        String classpath = System.getProperty("java.class.path");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", classpath, "-Djava.awt.headless=true",
                "dev.wscope.Main", "serve", "--port", "0"));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process is gone
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    @Test
    void serveTls_printsTheFingerprint_andItsCertificateIsTrustedByFileOrFingerprint(@org.junit.jupiter.api.io.TempDir
                                                                                      Path folder) throws Exception {
        Path pem = folder.resolve("serve.pem");
        BlockingQueue<String> lines = startServe("--tls", "--cert-out", pem.toString());
        String first = lines.poll(30, TimeUnit.SECONDS);
        assertTrue(first != null && first.startsWith("certificate sha256 "), String.valueOf(first));
        String fingerprint = first.split(" ")[2];
        int port = awaitListeningPort(lines, 30);
        String url = "wss://127.0.0.1:" + port + "/echo";
        CliRun untrusted = CliRun.of("doctor", url, "--json");
        assertEquals(1, untrusted.exit());
        assertTrue(untrusted.out().contains("\"tls-untrusted-certificate\""), untrusted.out());
        assertTrue(untrusted.out().contains(fingerprint));
        assertEquals(0, CliRun.of("doctor", url, "--ca", pem.toString()).exit());
        assertEquals(0, CliRun.of("doctor", url, "--trust", fingerprint).exit());
        CliRun sent = CliRun.of("send", url, "--trust", fingerprint, "-m", "text:over tls", "--json");
        assertEquals(0, sent.exit(), sent.err());
        assertTrue(sent.out().contains("\"kind\":\"received\",\"format\":\"text\",\"size\":8,\"text\":\"over tls\""), sent.out());
    }

    @Test
    void serveProcess_printsListeningLine_echoes_andStopsOnTerminate() throws Exception {
        BlockingQueue<String> lines = startServe();
        int port = awaitListeningPort(lines, 30);

        assertTrue(LoopbackOnly.refusesOn127002(port), "serve bound more than 127.0.0.1");
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            SessionTimeline timeline = new SessionTimeline();
            LiveConnection connection = new WebSocketConnector(executor)
                    .connect(ConnectRequest.of("ws://127.0.0.1:" + port + "/echo"), timeline).get(20, TimeUnit.SECONDS);
            connection.send(OutgoingMessage.text("through a real process"));
            TimelineEvent.Message echoed = TimelineWait.await(timeline, TimelineEvent.Message.class,
                    m -> m.direction() == Direction.IN);
            assertEquals("through a real process", echoed.text());
            connection.close(1000, "");
            assertEquals(1000, connection.closed().get(10, TimeUnit.SECONDS).code());
        } finally {
            executor.shutdownNow();
        }

        process.destroy(); // SIGTERM: the shutdown hook closes the server
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        assertFalse(process.isAlive());
    }

    private int awaitListeningPort(BlockingQueue<String> lines, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            seen.append(line).append('\n');
            Matcher listening = LISTENING.matcher(line);
            if (listening.matches()) {
                return Integer.parseInt(listening.group(1));
            }
        }
        throw new AssertionError("no 'listening on' line within " + seconds + " s (alive: " + process.isAlive()
                + "); output:\n" + seen);
    }

    @Test
    void servePortOutOfRange_exits2WithOneLine() {
        CliRun run = CliRun.of("serve", "--port", "70000");

        assertEquals(2, run.exit(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().contains("70000"), run.toString());
        assertEquals("", run.out());
    }

    @Test
    void servePortInUse_exits1SayingItCannotListen() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of("serve", "--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()));

            assertEquals(1, run.exit(), run.toString());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.toString());
            assertEquals("", run.out());
        }
    }

    @Test
    void serveHelp_namesThePaths() {
        CliRun run = CliRun.of("serve", "--help");

        assertEquals(0, run.exit(), run.toString());
        for (String path : List.of("/echo", "/mirror", "/flood", "/close", "/drop", "/status/CODE")) {
            assertTrue(run.out().contains(path), path + " missing from: " + run.out());
        }
    }
}
