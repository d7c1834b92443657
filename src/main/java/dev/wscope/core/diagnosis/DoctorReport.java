package dev.wscope.core.diagnosis;

import java.util.List;

/**
 * The doctor's finding for one address (its password masked): each step, the cause and fix of a failure, the
 * raw exchange; insecure when certificate checks were off.
 */
public record DoctorReport(String url, boolean insecure, List<DoctorStep> steps, Diagnosis diagnosis, RawRequest request,
                           RawResponse response, TlsInfo tls) {
    public DoctorReport {
        steps = List.copyOf(steps);
    }

    public boolean ok() {
        return diagnosis == null;
    }

    /** One sentence: the cause of a failure, or for a healthy address what still deserves a word. */
    public String summary() {
        if (diagnosis != null) {
            return diagnosis.summary();
        }
        String healthy = "The WebSocket connection opens and closes cleanly.";
        return response == null ? healthy : ProxySignature.identify(response).map(proxy -> healthy + " It goes through "
                + proxy.description() + ": " + proxy.known().map(ProxyKind::idleTimeout).orElse("proxies cut idle"
                + " connections") + ". Send keep-alive pings for long quiet spells.")
                .orElse(healthy);
    }
}
