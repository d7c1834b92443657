package dev.wscope.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A third-party server (nginx, Apache, HAProxy, Caddy, puma, node, python) run by a test as an unprivileged
 * child process on 127.0.0.1, with its own files in a temporary folder: never the system service. It is
 * ready once its port accepts connections; it fails loudly, with what the server printed, if it exits or
 * does not listen within its deadline. Closing stops the process and removes the folder.
 */
public final class LocalServer implements AutoCloseable {
    private static final Duration START_DEADLINE = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final Path folder;
    private final int port;

    private LocalServer(String name, Process process, Path folder, int port) {
        this.name = name;
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    /** A new temporary folder for a server's configuration, logs and pid file. */
    public static Path folder(String name) throws IOException {
        return Files.createTempDirectory("wscope-" + name);
    }

    /** A port nothing listens on now, for a server to listen on. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The first of the candidate paths that is an executable, or a failure saying which package to install. */
    public static String binary(String debianPackage, String... candidates) {
        return optionalBinary(candidates).orElseThrow(() -> new IllegalStateException(String.join(" or ", candidates)
                + " is not installed: apt-get install " + debianPackage + " (.ci/run does)"));
    }

    public static Optional<String> optionalBinary(String... candidates) {
        return List.of(candidates).stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
    }

    /**
     * Starts command in folder (its output goes to folder/output.log) and waits until 127.0.0.1:port accepts a
     * connection. The folder belongs to the server from then on.
     */
    public static LocalServer start(String name, Path folder, int port, List<String> command)
            throws IOException, InterruptedException {
        return start(name, folder, port, command, List.of());
    }

    /** The same, with environment entries given as "NAME=value". */
    public static LocalServer start(String name, Path folder, int port, List<String> command, List<String> environment)
            throws IOException, InterruptedException {
        return start(name, folder, port, command, environment, START_DEADLINE);
    }

    /** The same, for a server slower to listen than most (an Erlang node booting its plugins). */
    public static LocalServer start(String name, Path folder, int port, List<String> command, List<String> environment,
                                    Duration deadline) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("output.log").toFile());
        for (String entry : environment) {
            int equals = entry.indexOf('=');
            builder.environment().put(entry.substring(0, equals), entry.substring(equals + 1));
        }
        LocalServer server = new LocalServer(name, builder.start(), folder, port);
        server.awaitListening(deadline);
        return server;
    }

    public int port() {
        return port;
    }

    public Path folder() {
        return folder;
    }

    /** Everything the server printed so far, and its log files in its folder: for assertions and failures. */
    public String output() {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(folder)) {
            for (Path log : files.filter(path -> path.toString().endsWith(".log")).sorted().toList()) {
                all.append("--- ").append(log.getFileName()).append('\n').append(Files.readString(log));
            }
        } catch (IOException e) {
            all.append("(logs unreadable: ").append(e.getMessage()).append(')');
        }
        return all.toString();
    }

    private void awaitListening(Duration deadline) throws IOException, InterruptedException {
        try {
            Waits.until(name + " to listen on 127.0.0.1:" + port + " (or exit)", this::exitedOrListening, deadline);
        } catch (AssertionError timeout) {
            String printed = output();
            close();
            throw new IOException(name + " did not listen on 127.0.0.1:" + port + " within " + deadline.toSeconds()
                    + " s:\n" + printed, timeout);
        }
        if (!process.isAlive()) {
            String printed = output();
            close();
            throw new IOException(name + " exited with " + process.exitValue() + " before listening:\n" + printed);
        }
    }

    private boolean exitedOrListening() {
        if (!process.isAlive()) {
            return true;
        }
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
