package dev.wscope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Caddy 2 (the Debian package) on 127.0.0.1, from a Caddyfile in a temporary folder with the admin
 * endpoint off and its home and data folders there too. reverse_proxy forwards a WebSocket upgrade by itself; the
 * misconfiguration that breaks it here is "header_up -Upgrade" (the backend then sees no upgrade and answers 426).
 */
public final class Caddy implements ReverseProxy {
    private final LocalServer server;

    private Caddy(LocalServer server) {
        this.server = server;
    }

    public static Caddy proxyTo(int backendPort, boolean forwardUpgrade) throws IOException, InterruptedException {
        String binary = LocalServer.binary("caddy", "/usr/bin/caddy");
        Path folder = LocalServer.folder("caddy");
        int port = LocalServer.freePort();
        String config = """
                {
                  admin off
                  auto_https off
                }
                http://127.0.0.1:%1$d {
                  reverse_proxy 127.0.0.1:%2$d {
                    %3$s
                  }
                }
                """.formatted(port, backendPort, forwardUpgrade ? "" : "header_up -Upgrade");
        Path caddyfile = folder.resolve("Caddyfile");
        Files.writeString(caddyfile, config);
        return new Caddy(LocalServer.start("caddy", folder, port,
                List.of(binary, "run", "--config", caddyfile.toString(), "--adapter", "caddyfile"),
                List.of("HOME=" + folder, "XDG_DATA_HOME=" + folder.resolve("data"),
                        "XDG_CONFIG_HOME=" + folder.resolve("config"))));
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
