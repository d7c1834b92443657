package dev.wscope.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs dev.wscope.Main in a JVM of its own, on this test's class path: for limits one process cannot show in
 * another (a small heap). The run is killed, and the test fails, past its deadline.
 */
public record ChildJvm(int exit, String out, String err, long millis) {
    public static ChildJvm run(String maxHeap, long deadlineSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-Dwscope.home=" + System.getProperty("wscope.home", "target/test-home"), "-cp", System.getProperty("java.class.path"), "dev.wscope.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("wscope-child", ".out");
        Path err = Files.createTempFile("wscope-child", ".err");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(deadlineSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError("wscope " + String.join(" ", args) + " still ran after " + deadlineSeconds
                        + " s; stdout so far:\n" + Files.readString(out));
            }
            return new ChildJvm(process.exitValue(), Files.readString(out), Files.readString(err),
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The events of a `--json` run's timeline of that kind, in order. */
    public List<JsonObject> events(String kind) {
        return out.lines().filter(line -> line.startsWith("{")).map(line -> JsonParser.parseString(line).getAsJsonObject())
                .filter(event -> event.get("kind").getAsString().equals(kind)).toList();
    }
}
