package dev.wscope.testing;

/** A real reverse proxy run by a test on 127.0.0.1 in front of a backend: nginx, Apache httpd, HAProxy, Caddy. */
public interface ReverseProxy extends AutoCloseable {
    int port();

    /** Everything the proxy printed and logged so far, for a failing assertion's message. */
    String output();

    String url(String path);

    @Override
    void close() throws InterruptedException;
}
