package dev.wscope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real nginx (the Debian package; .ci/run installs it) on 127.0.0.1, proxying one location to a
 * backend, with or without the lines that forward a WebSocket upgrade. Started and stopped by a test.
 */
public final class Nginx implements ReverseProxy {
    private final LocalServer server;

    private Nginx(LocalServer server) {
        this.server = server;
    }

    public static Nginx proxyTo(int backendPort, boolean forwardUpgrade) throws IOException, InterruptedException {
        return proxyTo(backendPort, forwardUpgrade, 60);
    }

    /** The same, cutting a proxied connection after readTimeoutSeconds without traffic (nginx's default is 60). */
    public static Nginx proxyTo(int backendPort, boolean forwardUpgrade, int readTimeoutSeconds)
            throws IOException, InterruptedException {
        String upgrade = forwardUpgrade ? """
                    proxy_http_version 1.1;
                    proxy_set_header Upgrade $http_upgrade;
                    proxy_set_header Connection "upgrade";
                """ : "";
        return start("""
                    listen 127.0.0.1:%1$d;
                    location / {
                      proxy_pass http://127.0.0.1:%2$d;
                      proxy_read_timeout %4$ds;
                %3$s    }
                """, backendPort, upgrade, readTimeoutSeconds);
    }

    /** An HTTPS-only port (listen ... ssl) with that certificate and key (PEM files), serving plain pages. */
    public static Nginx tlsPort(Path certificate, Path key) throws IOException, InterruptedException {
        return start("""
                    listen 127.0.0.1:%1$d ssl;
                    ssl_certificate %2$s;
                    ssl_certificate_key %3$s;
                    location / { return 200 "no WebSocket here"; }
                """, certificate, key);
    }

    /** nginx in a folder of its own, with one server block: its first placeholder is the port. */
    private static Nginx start(String serverBlock, Object... more) throws IOException, InterruptedException {
        String binary = LocalServer.binary("nginx", "/usr/sbin/nginx", "/usr/bin/nginx");
        Path prefix = LocalServer.folder("nginx");
        int port = LocalServer.freePort();
        Object[] values = new Object[more.length + 1];
        values[0] = port;
        System.arraycopy(more, 0, values, 1, more.length);
        String config = """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  server {
                %2$s  }
                }
                """.formatted(prefix, serverBlock.formatted(values));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, config);
        return new Nginx(LocalServer.start("nginx", prefix, port,
                List.of(binary, "-p", prefix.toString(), "-c", conf.toString())));
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
