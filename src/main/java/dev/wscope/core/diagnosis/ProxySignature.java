package dev.wscope.core.diagnosis;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tells from the answer's headers whether a reverse proxy or load balancer wrote it, and which one. */
public final class ProxySignature {
    private static final Pattern PROXY_SERVERS = Pattern.compile(
            "nginx|openresty|apache|httpd|haproxy|envoy|caddy|traefik|cloudflare|awselb|elb|varnish|squid"
                    + "|microsoft-iis|iis|kong|istio|akamai|cloudfront|google frontend|gws");

    private ProxySignature() {
    }

    /** The proxy's name as it presents itself (e.g. "nginx/1.22.1"), or empty when nothing suggests one. */
    public static Optional<String> of(RawResponse response) {
        String server = response.header("Server");
        if (server != null && PROXY_SERVERS.matcher(server.toLowerCase(Locale.ROOT)).find()) {
            return Optional.of(server);
        }
        String via = response.header("Via");
        if (via != null) {
            return Optional.of("a proxy (Via: " + via + ")");
        }
        return Optional.empty();
    }
}
