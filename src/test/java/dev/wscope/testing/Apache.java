package dev.wscope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Apache httpd (the Debian apache2 package) on 127.0.0.1 in one process (-X), with its own ServerRoot in a
 * temporary folder, proxying every path to a backend with mod_proxy_http: with upgrade=websocket (forwards the
 * WebSocket upgrade, Apache 2.4.47+) or without (the backend gets a plain GET); or serving HTTPS only.
 */
public final class Apache extends ServerProcess implements ReverseProxy {
    private static final String MODULES = "/usr/lib/apache2/modules";


    private Apache(LocalServer server) {
        super(server);
    }

    public static Apache proxyTo(int backendPort, boolean forwardUpgrade) throws IOException, InterruptedException {
        return proxyTo(backendPort, forwardUpgrade, 60);
    }

    /**
     * The same with Timeout and ProxyTimeout set to idleSeconds: measured on Apache 2.4, a WebSocket tunnel closes
     * after the larger of the two without traffic (ProxyTimeout 2 alone keeps the default Timeout of 60 s).
     */
    public static Apache proxyTo(int backendPort, boolean forwardUpgrade, int idleSeconds)
            throws IOException, InterruptedException {
        return proxyTo(backendPort, forwardUpgrade, idleSeconds, List.of());
    }

    /** The same with more directives after the ProxyPass (a fix as printed, e.g. ProxyPreserveHost On). */
    public static Apache proxyTo(int backendPort, boolean forwardUpgrade, int idleSeconds, List<String> moreLines)
            throws IOException, InterruptedException {
        return start("""
                LoadModule proxy_module %1$s/mod_proxy.so
                LoadModule proxy_http_module %1$s/mod_proxy_http.so
                Timeout %2$d
                ProxyTimeout %2$d
                ProxyPass / http://127.0.0.1:%3$d/%4$s
                %5$s
                """.formatted(MODULES, idleSeconds, backendPort, forwardUpgrade ? " upgrade=websocket" : "",
                String.join("\n", moreLines)));
    }

    /** An HTTPS-only port (mod_ssl, SSLEngine on) with that certificate and key (PEM files), serving no WebSocket. */
    public static Apache tlsPort(Path certificate, Path key) throws IOException, InterruptedException {
        return start("""
                LoadModule socache_shmcb_module %1$s/mod_socache_shmcb.so
                LoadModule ssl_module %1$s/mod_ssl.so
                SSLEngine on
                SSLCertificateFile %2$s
                SSLCertificateKeyFile %3$s
                """.formatted(MODULES, certificate, key));
    }

    /** Apache with its own ServerRoot, the lines every configuration needs, then the site's. */
    private static Apache start(String site) throws IOException, InterruptedException {
        String binary = LocalServer.binary("apache2", "/usr/sbin/apache2");
        Path root = LocalServer.folder("apache");
        int port = LocalServer.freePort();
        String config = """
                ServerRoot %1$s
                ServerName 127.0.0.1
                Listen 127.0.0.1:%2$d
                PidFile %1$s/httpd.pid
                ErrorLog %1$s/error.log
                LogLevel warn
                Mutex file:%1$s default
                %4$s
                LoadModule mpm_event_module %3$s/mod_mpm_event.so
                LoadModule authz_core_module %3$s/mod_authz_core.so
                %5$s""".formatted(root, port, MODULES, unprivilegedUser(), site);
        Path conf = root.resolve("httpd.conf");
        Files.writeString(conf, config);
        return new Apache(LocalServer.start("apache2", root, port, List.of(binary, "-X", "-f", conf.toString())));
    }

    /** Started as root (a CI container), Apache must switch to a user of its own; otherwise it stays who it is. */
    private static String unprivilegedUser() {
        return "root".equals(System.getProperty("user.name")) ? "User www-data\nGroup www-data" : "";
    }
}
