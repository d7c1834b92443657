package dev.wscope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The bare client in a JVM of its own, kept for the whole run, as the window has its own: in the window's JVM
 * the two shared Tyrus and Grizzly's compiled code and its profiles, and the bare client's garbage was
 * collected in the window's heap. (The JIT time the window's floods pay did not change with it: 110-300 ms
 * of C2 in each 20,000-message JSON flood after 10 warm-ups, compiling JavaFX's layout and rendering code.)
 * Stopped by close().
 */
final class BareClientProcess implements AutoCloseable {
    /** The line a flood's figures come on: messages, bytes, seconds, CPU seconds. */
    static final String RESULT = "bare-result ";

    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;

    private BareClientProcess(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Started with this JVM's options (heap size and all), so both clients run on the same terms. */
    static BareClientProcess start() throws IOException {
        var command = FloodServerProcess.javaCommand(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                BareTyrusClient.class.getName());
        return new BareClientProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Receives one flood in the client's process (which bounds its own wait) and returns its figures. */
    FloodResult receive(String url) throws IOException {
        in.println(url);
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            // found anywhere in the line: a JVM diagnostic option (-XX:+PrintCompilation) writes to the same
            // output unsynchronised, and a line of its own can come before the figures on one line
            int at = line.indexOf(RESULT);
            if (at >= 0) {
                String[] figures = line.substring(at + RESULT.length()).split(" ");
                return new FloodResult(Long.parseLong(figures[0]), Long.parseLong(figures[1]),
                        Double.parseDouble(figures[2]), Double.parseDouble(figures[3]));
            }
            System.err.println("bare client: " + line); // its warnings and errors, as when it ran in this JVM
        }
        throw new IllegalStateException("the bare client's process ended before it answered for " + url);
    }

    @Override
    public void close() throws InterruptedException {
        in.close(); // the client ends at the end of its input
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
