package dev.wscope.testing;

import java.nio.file.Path;

/**
 * A third-party server a test runs through {@link LocalServer} (a proxy, a script, Rails): its port, its address,
 * its output and its end are the server's.
 */
abstract class ServerProcess implements AutoCloseable {
    private final LocalServer server;

    ServerProcess(LocalServer server) {
        this.server = server;
    }

    public int port() {
        return server.port();
    }

    /** ws://127.0.0.1:port/path */
    public String url(String path) {
        return "ws://127.0.0.1:" + port() + path;
    }

    /** Everything the server printed and logged so far, for a failing assertion's message. */
    public String output() {
        return server.output();
    }

    /** The server's own folder (its configuration and log files). */
    Path folder() {
        return server.folder();
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
    }
}
