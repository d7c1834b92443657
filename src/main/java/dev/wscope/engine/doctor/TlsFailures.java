package dev.wscope.engine.doctor;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.Diagnosis;
import dev.wscope.core.diagnosis.Setting;
import dev.wscope.engine.tls.Certificates;
import java.security.cert.X509Certificate;
import java.util.Date;

/** Names the cause of a failed TLS handshake from the exception and the chain the server showed. */
final class TlsFailures {
    private TlsFailures() {
    }

    /** The fix names the settings to change as that audience finds them. */
    static Diagnosis classify(Exception failure, X509Certificate[] chain, String host, Audience audience) {
        String message = messages(failure);
        if (chain.length > 0) {
            X509Certificate leaf = chain[0];
            Date now = new Date();
            String who = leaf.getSubjectX500Principal().getName();
            if (leaf.getNotAfter().before(now) || leaf.getNotBefore().after(now)) {
                boolean expired = leaf.getNotAfter().before(now);
                return new Diagnosis(Cause.TLS_EXPIRED_CERTIFICATE, "The server's certificate (" + who + ") "
                        + (expired ? "expired on " + leaf.getNotAfter().toInstant() : "is not valid until "
                        + leaf.getNotBefore().toInstant()) + ": every client refuses it.",
                        "Renew the certificate on the server (e.g. certbot renew) and reload the server; if it was"
                                + " just renewed, check the clocks of the server and of this machine.");
            }
            if (message.contains("No subject alternative") || message.contains("No name matching")) {
                return new Diagnosis(Cause.TLS_HOSTNAME_MISMATCH, "The certificate is valid for "
                        + String.join(", ", Certificates.describe(leaf).names().isEmpty() ? java.util.List.of(who)
                        : Certificates.describe(leaf).names()) + " but not for " + host + ".",
                        "Connect with a name the certificate covers, or reissue the certificate with " + host
                                + " among its subject alternative names. (Turning the hostname check off is a test-only way out.)");
            }
            if (message.contains("PKIX") || message.contains("unable to find valid certification path")
                    || message.contains("self signed") || message.contains("self-signed")) {
                String fingerprint = Certificates.sha256(leaf);
                return new Diagnosis(Cause.TLS_UNTRUSTED_CERTIFICATE, "The server's certificate (" + who + ", issued by "
                        + leaf.getIssuerX500Principal().getName() + ") is not signed by an authority this machine"
                        + " trusts: it is self-signed or from a private CA. SHA-256 fingerprint: " + fingerprint + ".",
                        "If you recognise that fingerprint, trust this one certificate for " + host + " ("
                                + Setting.TRUSTED_CERTIFICATE.in(audience, fingerprint) + "), or give the private CA"
                                + " as a PEM file (" + Setting.CA_FILE.in(audience) + "). Skipping every check ("
                                + Setting.NO_CERTIFICATE_CHECKS.in(audience) + ") is for a quick look only, never for"
                                + " real data.");
            }
        }
        return new Diagnosis(Cause.TLS_HANDSHAKE_FAILURE, "The TLS handshake failed: " + rootMessage(failure) + ".",
                "If this port speaks plain HTTP, use ws:// instead of wss://. Otherwise compare the TLS versions and"
                        + " ciphers both sides allow, and whether the server asks for a client certificate.");
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append(' ');
        }
        return all.toString();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
