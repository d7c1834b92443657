package dev.wscope.testing;

import dev.wscope.server.tls.CertificateMaker;
import dev.wscope.server.tls.Certified;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real nginx (the Debian package; .ci/run installs it) on 127.0.0.1, proxying one location to a
 * backend, with or without the lines that forward a WebSocket upgrade (or any others a test gives), plain or
 * over TLS; or an HTTPS-only port. Started and stopped by a test.
 */
public final class Nginx extends ServerProcess implements ReverseProxy {
    private final boolean tls;

    private Nginx(LocalServer server, boolean tls) {
        super(server);
        this.tls = tls;
    }

    /** What goes in the server block, made once nginx's folder and port are known. */
    @FunctionalInterface
    private interface ServerBlock {
        String in(Path prefix, int port) throws IOException;
    }

    public static Nginx proxyTo(int backendPort, boolean forwardUpgrade) throws IOException, InterruptedException {
        return proxyTo(backendPort, forwardUpgrade, 60);
    }

    /** The same, cutting a proxied connection after readTimeoutSeconds without traffic (nginx's default is 60). */
    public static Nginx proxyTo(int backendPort, boolean forwardUpgrade, int readTimeoutSeconds)
            throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>(List.of("proxy_read_timeout " + readTimeoutSeconds + "s;"));
        if (forwardUpgrade) {
            lines.addAll(List.of("proxy_http_version 1.1;", "proxy_set_header Upgrade $http_upgrade;",
                    "proxy_set_header Connection \"upgrade\";"));
        }
        return proxyTo(backendPort, lines);
    }

    /** nginx proxying / to the backend with these directives in its location (a fix exactly as printed, say). */
    public static Nginx proxyTo(int backendPort, List<String> locationLines) throws IOException, InterruptedException {
        return proxyTo(backendPort, locationLines, null);
    }

    /** The same, terminating TLS (wss://) with this certificate when one is given, as a production nginx does. */
    public static Nginx proxyTo(int backendPort, List<String> locationLines, Certified certificate)
            throws IOException, InterruptedException {
        String location = locationLines.stream().map(line -> "      " + line).collect(Collectors.joining("\n"));
        return start((prefix, port) -> """
                    listen 127.0.0.1:%d%s;
                    location / {
                      proxy_pass http://127.0.0.1:%d;
                %s
                    }
                """.formatted(port, certificate == null ? "" : ssl(prefix, certificate), backendPort, location),
                certificate != null);
    }

    /**
     * An HTTPS-only port (listen ... ssl) with that certificate and key (PEM files), serving plain pages; its url()
     * is ws://, the mistake under test.
     */
    public static Nginx tlsPort(Path certificate, Path key) throws IOException, InterruptedException {
        return start((prefix, port) -> """
                    listen 127.0.0.1:%d ssl;
                    ssl_certificate %s;
                    ssl_certificate_key %s;
                    location / { return 200 "no WebSocket here"; }
                """.formatted(port, certificate, key), false);
    }

    /** " ssl" and the certificate's lines, its PEM files written in nginx's folder. */
    private static String ssl(Path prefix, Certified certificate) throws IOException {
        try {
            Files.writeString(prefix.resolve("cert.pem"), CertificateMaker.pem(certificate.certificate()));
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        Files.writeString(prefix.resolve("key.pem"), Pem.privateKey(certificate.keyPair().getPrivate()));
        return " ssl;\n    ssl_certificate " + prefix.resolve("cert.pem") + ";\n    ssl_certificate_key "
                + prefix.resolve("key.pem");
    }

    /** nginx in a folder of its own, with one server block. */
    private static Nginx start(ServerBlock block, boolean tls) throws IOException, InterruptedException {
        String binary = LocalServer.binary("nginx", "/usr/sbin/nginx", "/usr/bin/nginx");
        Path prefix = LocalServer.folder("nginx");
        int port = LocalServer.freePort();
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
                """.formatted(prefix, block.in(prefix, port));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, config);
        return new Nginx(LocalServer.start("nginx", prefix, port,
                List.of(binary, "-p", prefix.toString(), "-c", conf.toString())), tls);
    }

    @Override
    public String url(String path) {
        return (tls ? "wss" : "ws") + "://127.0.0.1:" + port() + path;
    }
}
