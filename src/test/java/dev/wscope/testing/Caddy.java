package dev.wscope.testing;

import dev.wscope.core.request.TlsOptions;
import dev.wscope.engine.tls.TlsContexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A real Caddy 2 (the Debian package) on 127.0.0.1, from a Caddyfile in a temporary folder with the admin
 * endpoint off and its home and data folders there too. reverse_proxy forwards a WebSocket upgrade by itself; the
 * misconfiguration that breaks it here is "header_up -Upgrade" (the backend then sees no upgrade and answers 426).
 * Or an HTTPS-only site with Caddy's own certificates.
 */
public final class Caddy extends ServerProcess implements ReverseProxy {

    private Caddy(LocalServer server) {
        super(server);
    }

    public static Caddy proxyTo(int backendPort, boolean forwardUpgrade) throws IOException, InterruptedException {
        int port = LocalServer.freePort();
        return start(port, """
                {
                  admin off
                  auto_https off
                }
                http://127.0.0.1:%1$d {
                  reverse_proxy 127.0.0.1:%2$d {
                    %3$s
                  }
                }
                """.formatted(port, backendPort, forwardUpgrade ? "" : "header_up -Upgrade"));
    }

    /**
     * HTTPS only, for https://siteName:port, with Caddy's own local authority (`tls internal`): a leaf with an
     * empty subject and only subject alternative names, issued by "Caddy Local Authority", which this machine
     * does not trust. A client that sends no server name (one that dials 127.0.0.1) gets that leaf all the same.
     */
    public static Caddy internalTls(String siteName) throws IOException, InterruptedException {
        int port = LocalServer.freePort();
        Caddy caddy = start(port, """
                {
                  admin off
                  auto_https disable_redirects
                  skip_install_trust
                  default_sni %1$s
                }
                https://%1$s:%2$d {
                  bind 127.0.0.1
                  tls internal
                  respond "no WebSocket here"
                }
                """.formatted(siteName, port));
        caddy.awaitCertificate();
        return caddy;
    }

    private static Caddy start(int port, String caddyfile) throws IOException, InterruptedException {
        String binary = LocalServer.binary("caddy", "/usr/bin/caddy");
        Path folder = LocalServer.folder("caddy");
        Path file = Files.writeString(folder.resolve("Caddyfile"), caddyfile);
        return new Caddy(LocalServer.start("caddy", folder, port,
                List.of(binary, "run", "--config", file.toString(), "--adapter", "caddyfile"),
                List.of("HOME=" + folder, "XDG_DATA_HOME=" + folder.resolve("data"),
                        "XDG_CONFIG_HOME=" + folder.resolve("config"))));
    }

    /** The same address with wss://, for a port that serves TLS. */
    public String secureUrl(String path) {
        return "wss://127.0.0.1:" + port() + path;
    }

    /**
     * Caddy listens, and even logs "certificate obtained", a moment before it can present the leaf: a handshake
     * then fails with internal_error. Ready once a handshake (no server name sent, as for 127.0.0.1) shows one.
     */
    private void awaitCertificate() throws IOException, InterruptedException {
        SSLContext anyCertificate;
        try { // --insecure's context: the probe asks only whether there is a certificate
            anyCertificate = TlsContexts.create(new TlsOptions(true, false, null, List.of())).context();
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        try {
            Waits.until("caddy to present a certificate", () -> presents(anyCertificate), Duration.ofSeconds(20));
        } catch (AssertionError timeout) {
            String printed = output();
            close();
            throw new IOException("caddy presented no certificate within 20 s:\n" + printed, timeout);
        }
    }

    private boolean presents(SSLContext context) {
        try (SSLSocket probe = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port())) {
            probe.setSoTimeout(2000);
            probe.startHandshake();
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
