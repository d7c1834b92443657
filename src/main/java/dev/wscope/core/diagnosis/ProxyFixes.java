package dev.wscope.core.diagnosis;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The configuration that fixes a proxy, led by the proxy the answer shows; the others follow under
 * "Other proxies:", since the one seen may not be the only one on the way.
 */
final class ProxyFixes {
    private static final String CONFIRM = String.join("\n",
            "To confirm: run `wscope serve` as the backend behind the same proxy and connect to /mirror: it shows",
            "exactly which headers arrive (a plain GET answers 426 with what it saw).");

    private ProxyFixes() {
    }

    static String forwardUpgrade(Optional<SeenProxy> seen) {
        return ledBy(seen, "The proxy must forward the upgrade (Upgrade and Connection headers) to the backend.",
                ProxyKind::forwardUpgrade) + "\n" + CONFIRM;
    }

    /** For a proxy that forwards the upgrade but sends the backend its own Host, so a same-origin check fails. */
    static String forwardHost() {
        return String.join("\n",
                "The proxy must pass on the Host the client sent (the backend checks the Origin against it) and the scheme.",
                "nginx, next to the upgrade lines (its default sends the proxy_pass address as Host):",
                "    proxy_set_header Host $http_host;",
                "    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                "    proxy_set_header X-Forwarded-Proto $scheme;",
                "  ($host would drop the port: on a port other than 80 or 443 the Origin would still not match.)",
                "Apache httpd: ProxyPreserveHost On, and RequestHeader set X-Forwarded-Proto https behind TLS.",
                "Caddy and HAProxy pass the Host as it came unless a header_up Host or set-header Host changes it.");
    }

    static String backendDown(Optional<SeenProxy> seen) {
        return ledBy(seen, "Check that the backend runs and listens where the proxy points, and that the proxy can"
                + " reach it.", ProxyKind::backendDown);
    }

    private static String ledBy(Optional<SeenProxy> seen, String general, Function<ProxyKind, String> fix) {
        Optional<ProxyKind> lead = seen.flatMap(SeenProxy::known);
        String others = Arrays.stream(ProxyKind.values()).filter(kind -> lead.isEmpty() || lead.get() != kind)
                .map(fix).collect(Collectors.joining("\n"));
        return lead.map(kind -> fix.apply(kind) + "\nOther proxies:\n" + others).orElse(general + "\n" + others);
    }
}
