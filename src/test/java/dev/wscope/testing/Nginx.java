package dev.wscope.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx (the Debian package; .ci/run installs it) on 127.0.0.1, proxying one location to a
 * backend, with or without the lines that forward a WebSocket upgrade. Started and stopped by a test.
 */
public final class Nginx implements AutoCloseable {
    private static final List<String> BINARIES = List.of("/usr/sbin/nginx", "/usr/bin/nginx");

    private final Process process;
    private final Path prefix;
    private final int port;

    private Nginx(Process process, Path prefix, int port) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
    }

    public static Nginx proxyTo(int backendPort, boolean forwardUpgrade) throws IOException, InterruptedException {
        return proxyTo(backendPort, forwardUpgrade, 60);
    }

    /** The same, cutting a proxied connection after readTimeoutSeconds without traffic (nginx's default is 60). */
    public static Nginx proxyTo(int backendPort, boolean forwardUpgrade, int readTimeoutSeconds)
            throws IOException, InterruptedException {
        String binary = BINARIES.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst()
                .orElseThrow(() -> new IllegalStateException("nginx is not installed: apt-get install nginx (.ci/run does)"));
        Path prefix = Files.createTempDirectory("wscope-nginx");
        int port = freePort();
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
        Process process = new ProcessBuilder(binary, "-p", prefix.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("stdout.log").toFile()).start();
        Nginx nginx = new Nginx(process, prefix, port);
        nginx.awaitListening();
        return nginx;
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "ws://127.0.0.1:" + port + path;
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("nginx exited: " + Files.readString(prefix.resolve("stdout.log"))
                        + (Files.exists(prefix.resolve("error.log")) ? Files.readString(prefix.resolve("error.log")) : ""));
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IOException("nginx did not listen on 127.0.0.1:" + port + " within 10 s");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        try (var files = Files.walk(prefix)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
