package dev.wscope.core.diagnosis;

import dev.wscope.core.timeline.Header;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells from an answer whether a reverse proxy or load balancer wrote it or passed it on, and which one: by its
 * Server or Via header, its own headers (Envoy's x-envoy-*), its own error pages (HAProxy, Envoy, Traefik), or
 * the request a `wscope serve` backend reports receiving (Apache's mod_proxy adds X-Forwarded-Server).
 */
public final class ProxySignature {
    private static final Pattern PROXY_SERVERS = Pattern.compile(
            "nginx|openresty|apache|httpd|haproxy|envoy|caddy|traefik|cloudflare|awselb|elb|varnish|squid"
                    + "|microsoft-iis|iis|kong|istio|akamai|cloudfront|google frontend|gws");
    /** Texts of the proxies' built-in error pages (their documentation and source), each the proxy's own. */
    private static final List<Page> PAGES = List.of(
            new Page(ProxyKind.HAPROXY, "No server is available to handle this request"),
            new Page(ProxyKind.HAPROXY, "The server returned an invalid or incomplete response"),
            new Page(ProxyKind.HAPROXY, "The server didn't respond in time"),
            new Page(ProxyKind.ENVOY, "upstream connect error or disconnect/reset before headers"),
            new Page(ProxyKind.ENVOY, "no healthy upstream"),
            new Page(ProxyKind.ENVOY, "upstream request timeout"));
    /** Traefik answers its gateway errors with the bare status text and no Server header (so does Go's own server). */
    private static final List<String> TRAEFIK_PLAIN_PAGES = List.of("Bad Gateway", "Service Unavailable",
            "Gateway Timeout", "404 page not found");

    private ProxySignature() {
    }

    /** The proxy's name as it presents itself (e.g. "nginx/1.22.1"), or empty when nothing shows one for sure. */
    public static Optional<String> of(RawResponse response) {
        return identify(response).filter(SeenProxy::certain).map(SeenProxy::description);
    }

    /** The proxy the answer shows, certain or only likely; empty when nothing suggests one. */
    public static Optional<SeenProxy> identify(RawResponse response) {
        String server = response.header("Server");
        if (server != null && PROXY_SERVERS.matcher(lower(server)).find()) {
            return Optional.of(new SeenProxy(kindNamed(server), server, true));
        }
        Optional<Header> envoyHeader = response.headers().stream()
                .filter(header -> lower(header.name()).startsWith("x-envoy-")).findFirst();
        if (envoyHeader.isPresent()) {
            return Optional.of(new SeenProxy(ProxyKind.ENVOY, "Envoy, recognised by its " + envoyHeader.get().name()
                    + " header", true));
        }
        String body = response.body() == null ? "" : response.body();
        for (Page page : PAGES) {
            if (response.status() >= 500 && body.contains(page.text())) {
                return Optional.of(new SeenProxy(page.kind(), page.kind().label() + ", recognised by its own "
                        + response.status() + " page: \"" + page.text() + "\"", true));
            }
        }
        String via = response.header("Via");
        if (via != null) {
            return Optional.of(new SeenProxy(kindNamed(via), "a proxy (Via: " + via + ")", true));
        }
        return forwardedToBackend(body).or(() -> likely(response, server, body));
    }

    /** A `wscope serve` backend's 426 lists the headers it received: what a proxy added tells which one. */
    private static Optional<SeenProxy> forwardedToBackend(String body) {
        if (!body.contains("\"requestLine\"")) {
            return Optional.empty();
        }
        if (body.contains("[\"X-Forwarded-Server\"")) {
            // both add it; Traefik adds X-Real-Ip as well, Apache's mod_proxy does not
            return Optional.of(body.contains("[\"X-Real-Ip\"")
                    ? new SeenProxy(ProxyKind.TRAEFIK, "Traefik, recognised by the X-Forwarded-Server and X-Real-Ip"
                    + " headers it added to the request the backend received", true)
                    : new SeenProxy(ProxyKind.APACHE, "Apache httpd, recognised by the X-Forwarded-Server header its"
                    + " mod_proxy added to the request the backend received", true));
        }
        if (body.contains("[\"host\"")) {
            return Optional.of(new SeenProxy(ProxyKind.HAPROXY, "what looks like HAProxy, going by the header names in lower"
                    + " case the backend received, as HAProxy 2 writes them", false));
        }
        return Optional.empty();
    }

    private static Optional<SeenProxy> likely(RawResponse response, String server, String body) {
        if (server != null) {
            return Optional.empty();
        }
        String text = body.strip();
        if (TRAEFIK_PLAIN_PAGES.contains(text)) {
            return Optional.of(new SeenProxy(ProxyKind.TRAEFIK, "what looks like Traefik, going by a plain-text \"" + text
                    + "\" with no Server header, as Traefik (and any Go server) answers", false));
        }
        boolean lowerCaseNames = response.headers().size() >= 2 && response.headers().stream()
                .allMatch(header -> header.name().equals(lower(header.name())));
        if (lowerCaseNames) {
            return Optional.of(new SeenProxy(ProxyKind.HAPROXY, "what looks like HAProxy, going by no Server header and the"
                    + " header names in lower case, as HAProxy 2 (or a server on Rust's hyper) writes them", false));
        }
        return Optional.empty();
    }

    private static ProxyKind kindNamed(String name) {
        String lower = lower(name);
        if (lower.contains("nginx") || lower.contains("openresty")) {
            return ProxyKind.NGINX;
        }
        if (lower.contains("apache") || lower.contains("httpd")) {
            return ProxyKind.APACHE;
        }
        if (lower.contains("awselb")) {
            return ProxyKind.AWS_ALB;
        }
        for (ProxyKind kind : List.of(ProxyKind.HAPROXY, ProxyKind.CADDY, ProxyKind.TRAEFIK, ProxyKind.ENVOY)) {
            if (lower.contains(lower(kind.label()))) {
                return kind;
            }
        }
        return null;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private record Page(ProxyKind kind, String text) {
    }
}
