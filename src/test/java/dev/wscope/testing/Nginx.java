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
        String binary = LocalServer.binary("nginx", "/usr/sbin/nginx", "/usr/bin/nginx");
        Path prefix = LocalServer.folder("nginx");
        int port = LocalServer.freePort();
        String upgrade = forwardUpgrade ? """
                    proxy_http_version 1.1;
                    proxy_set_header Upgrade $http_upgrade;
                    proxy_set_header Connection "upgrade";
                """ : "";
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
                    listen 127.0.0.1:%2$d;
                    location / {
                      proxy_pass http://127.0.0.1:%3$d;
                      proxy_read_timeout %5$ds;
                %4$s    }
                  }
                }
                """.formatted(prefix, port, backendPort, upgrade, readTimeoutSeconds);
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
