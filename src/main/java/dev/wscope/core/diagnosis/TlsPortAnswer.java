package dev.wscope.core.diagnosis;

import java.util.List;
import java.util.Optional;

/**
 * The 400 a TLS port gives a plain HTTP request: a ws:// address on a port that serves wss://. Each server's
 * own words, as measured: nginx 1.22, Apache 2.4 (mod_ssl) and Caddy 2.6 (Go's net/http).
 */
final class TlsPortAnswer {
    private static final List<String> PLAIN_TO_TLS = List.of(
            "The plain HTTP request was sent to HTTPS port",
            "You're speaking plain HTTP to an SSL-enabled server port",
            "Client sent an HTTP request to an HTTPS server");

    private TlsPortAnswer() {
    }

    static Optional<Diagnosis> diagnose(RawRequest request, RawResponse response) {
        String body = response.status() != 400 || response.body() == null ? "" : response.body();
        return PLAIN_TO_TLS.stream().filter(body::contains).findFirst().map(words -> new Diagnosis(
                Cause.PLAIN_TO_TLS_PORT, "This port speaks TLS: the server answered " + response.status() + " "
                + ServerWords.quote(words) + " to the ws:// request.",
                "Use wss:// for this port: " + secureAddress(request) + "."));
    }

    /** The address the request went to, with wss://. */
    private static String secureAddress(RawRequest request) {
        String host = request.header("Host");
        return "wss://" + (host == null ? "HOST" : host) + UpgradeRules.path(request);
    }
}
