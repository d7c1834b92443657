package dev.wscope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A third-party WebSocket server written with a real library (Node's ws and socket.io from npm, Python's
 * websockets from Debian), run from a script in src/test/node or src/test/python on 127.0.0.1. Each script
 * takes the port as its first argument and prints what it saw, which {@link #output()} returns.
 */
public final class ScriptPeer extends ServerProcess {
    private static final Path NODE_SCRIPTS = Path.of("src/test/node").toAbsolutePath();
    private static final Path PYTHON_SCRIPTS = Path.of("src/test/python").toAbsolutePath();

    private ScriptPeer(LocalServer server) {
        super(server);
    }

    /** src/test/node/script with its node_modules (.ci/run runs npm ci there). */
    public static ScriptPeer node(String script, String... arguments) throws IOException, InterruptedException {
        if (!Files.isDirectory(NODE_SCRIPTS.resolve("node_modules"))) {
            throw new IllegalStateException("src/test/node has no node_modules: run npm ci --prefix src/test/node"
                    + " (.ci/run does)");
        }
        String node = LocalServer.binary("nodejs", "/usr/bin/node", "/usr/local/bin/node");
        return start(script, node, NODE_SCRIPTS.resolve(script), arguments, List.of("NODE_PATH=" + NODE_SCRIPTS.resolve("node_modules")));
    }

    /** src/test/python/script under Debian's python3, which has python3-websockets (not a pyenv shim's python). */
    public static ScriptPeer python(String script, String... arguments) throws IOException, InterruptedException {
        String python = LocalServer.binary("python3-websockets", "/usr/bin/python3");
        return start(script, python, PYTHON_SCRIPTS.resolve(script), arguments, List.of("PYTHONUNBUFFERED=1"));
    }

    private static ScriptPeer start(String name, String interpreter, Path script, String[] arguments,
                                    List<String> environment) throws IOException, InterruptedException {
        int port = LocalServer.freePort();
        List<String> command = new ArrayList<>(List.of(interpreter, script.toString(), String.valueOf(port)));
        command.addAll(List.of(arguments));
        return new ScriptPeer(LocalServer.start(name, LocalServer.folder(name), port, command, environment));
    }

    /** Waits up to the timeout for the script to print this text; fails with what it printed. */
    public String awaitOutput(String text, java.time.Duration timeout) throws InterruptedException {
        return Waits.until("the script to print \"" + text + "\"", this::output, printed -> printed.contains(text),
                timeout);
    }
}
