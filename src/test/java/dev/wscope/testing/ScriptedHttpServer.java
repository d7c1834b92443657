package dev.wscope.testing;

import dev.wscope.core.http.HttpHeads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A server on 127.0.0.1 that answers each request head with bytes a test computes: for servers that
 * misbehave in one exact way (wrong accept key, old version, silence). Answering null means silence.
 */
public final class ScriptedHttpServer implements AutoCloseable {
    private final LoopbackAcceptor acceptor;

    public ScriptedHttpServer(Function<String, String> answer) throws IOException {
        acceptor = new LoopbackAcceptor("scripted-http", socket -> {
            String reply = answer.apply(readHead(socket.getInputStream()));
            if (reply != null) {
                socket.getOutputStream().write(reply.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            }
        });
    }

    public int port() {
        return acceptor.port();
    }

    public String url(String path) {
        return "ws://127.0.0.1:" + port() + path;
    }

    /** The value of a request header in a head, any case; null when absent. */
    public static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    /** Reads an HTTP head up to its blank line (or the end of the stream). */
    public static String readHead(InputStream in) throws IOException {
        String[] lines = HttpHeads.readLines(in);
        return lines == null ? "" : String.join("\r\n", lines) + "\r\n\r\n";
    }

    @Override
    public void close() throws IOException {
        acceptor.close();
    }
}
