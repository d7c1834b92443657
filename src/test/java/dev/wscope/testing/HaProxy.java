package dev.wscope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real HAProxy (the Debian package) on 127.0.0.1 in the foreground (-db), in mode http in front of one backend
 * server. In mode http HAProxy forwards a WebSocket upgrade by itself; the misconfiguration that breaks it here is
 * a rule forcing "Connection: close" on requests (the backend then sees no upgrade and answers 426).
 */
public final class HaProxy extends ServerProcess implements ReverseProxy {

    private HaProxy(LocalServer server) {
        super(server);
    }

    public static HaProxy proxyTo(int backendPort, boolean forwardUpgrade) throws IOException, InterruptedException {
        return proxyTo(backendPort, forwardUpgrade, 3600);
    }

    /** The same, closing a WebSocket after tunnelSeconds without traffic (timeout tunnel). */
    public static HaProxy proxyTo(int backendPort, boolean forwardUpgrade, int tunnelSeconds)
            throws IOException, InterruptedException {
        String binary = LocalServer.binary("haproxy", "/usr/sbin/haproxy");
        Path folder = LocalServer.folder("haproxy");
        int port = LocalServer.freePort();
        String config = """
                global
                  log stdout format raw local0 info
                defaults
                  mode http
                  log global
                  option httplog
                  timeout connect 2s
                  timeout client 30s
                  timeout server 30s
                  timeout tunnel %4$ds
                frontend in
                  bind 127.0.0.1:%1$d
                  default_backend app
                backend app
                %3$s  server app 127.0.0.1:%2$d
                """.formatted(port, backendPort, forwardUpgrade ? "" : "  http-request set-header Connection close\n",
                tunnelSeconds);
        Path conf = folder.resolve("haproxy.cfg");
        Files.writeString(conf, config);
        return new HaProxy(LocalServer.start("haproxy", folder, port, List.of(binary, "-f", conf.toString(), "-db")));
    }
}
