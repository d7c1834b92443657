package dev.wscope.testing;

/** A reverse proxy that is a {@link LocalServer}: its port, its output and its end are the server's. */
abstract class LocalProxy implements ReverseProxy {
    private final LocalServer server;

    LocalProxy(LocalServer server) {
        this.server = server;
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public String output() {
        return server.output();
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
    }
}
