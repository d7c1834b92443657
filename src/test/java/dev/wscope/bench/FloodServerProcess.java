package dev.wscope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * `wscope serve` in a process of its own, so the flood source's garbage collections and compilations do not
 * stop the clients being measured (they still share the machine's cores). Stopped by close().
 */
final class FloodServerProcess implements AutoCloseable {
    private final Process process;
    private final String base;

    private FloodServerProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    static FloodServerProcess start() throws Exception {
        List<String> command = javaCommand(List.of("-Xmx2g"), "dev.wscope.Main");
        command.addAll(List.of("serve", "--port", "0"));
        String core = System.getProperty("bench.serverCpu");
        if (core != null) {
            command.addAll(0, List.of("taskset", "-c", core)); // the flood source on a core of its own
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> listening = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("listening on ")) {
                        return line.substring("listening on ".length()).strip();
                    }
                }
                throw new IllegalStateException("wscope serve ended before it listened");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return new FloodServerProcess(process, listening.get(30, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The command line of a JVM like this one (same java, same class path) running a main class. */
    static List<String> javaCommand(List<String> jvmOptions, String mainClass) {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return command;
    }

    /** The address of a path on this server, e.g. url("/flood?n=10"). */
    String url(String path) {
        return base + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
