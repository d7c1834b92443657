package dev.wscope.engine.doctor;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.CertificateInfo;
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
            CertificateInfo described = Certificates.describe(leaf);
            if (leaf.getNotAfter().before(now) || leaf.getNotBefore().after(now)) {
                boolean expired = leaf.getNotAfter().before(now);
                return new Diagnosis(Cause.TLS_EXPIRED_CERTIFICATE, "The server's certificate " + who(described) + " "
                        + (expired ? "expired on " + leaf.getNotAfter().toInstant() : "is not valid until "
                        + leaf.getNotBefore().toInstant()) + ": every client refuses it.",
                        "Renew the certificate on the server (e.g. certbot renew) and reload the server; if it was"
                                + " just renewed, check the clocks of the server and of this machine.");
            }
            if (message.contains("No subject alternative") || message.contains("No name matching")) {
                return new Diagnosis(Cause.TLS_HOSTNAME_MISMATCH, "The certificate is valid for "
                        + (described.names().isEmpty() ? described.label() : String.join(", ", described.names()))
                        + " but not for " + host + ".",
                        "Connect with a name the certificate covers, or reissue the certificate with " + host
                                + " among its subject alternative names. (Turning the hostname check off is a test-only way out.)");
            }
            if (message.contains("PKIX") || message.contains("unable to find valid certification path")
                    || message.contains("self signed") || message.contains("self-signed")) {
                return untrusted(leaf, described, host, audience);
            }
        }
        return new Diagnosis(Cause.TLS_HANDSHAKE_FAILURE, "The TLS handshake failed: " + rootMessage(failure) + ".",
                "If this port speaks plain HTTP, use ws:// instead of wss://. Otherwise compare the TLS versions and"
                        + " ciphers both sides allow, and whether the server asks for a client certificate.");
    }

    /**
     * No trusted authority signed it. A certificate that is also for other names says so: trusting it by its
     * fingerprint accepts it as it is, a CA file still leaves the name check to fail.
     */
    private static Diagnosis untrusted(X509Certificate leaf, CertificateInfo described, String host, Audience audience) {
        String fingerprint = Certificates.sha256(leaf);
        String trustIt = "trust this one certificate for " + host + " (" + Setting.TRUSTED_CERTIFICATE.in(audience,
                fingerprint) + ")";
        String giveCa = "give the private CA as a PEM file (" + Setting.CA_FILE.in(audience) + ")";
        String skip = " Skipping every check (" + Setting.NO_CERTIFICATE_CHECKS.in(audience) + ") is for a quick look"
                + " only, never for real data.";
        String summary = "The server's certificate " + who(described) + " is not signed by an authority this machine"
                + " trusts: it is self-signed or from a private CA.";
        if (Certificates.covers(leaf, host)) {
            return new Diagnosis(Cause.TLS_UNTRUSTED_CERTIFICATE, summary + " SHA-256 fingerprint: " + fingerprint + ".",
                    "If you recognise that fingerprint, " + trustIt + ", or " + giveCa + "." + skip);
        }
        return new Diagnosis(Cause.TLS_UNTRUSTED_CERTIFICATE, summary + " Nor is it valid for " + host
                + ": its names are " + String.join(", ", described.names()) + ". SHA-256 fingerprint: " + fingerprint + ".",
                "The lasting fix is a certificate from a trusted authority with " + host + " among its names (or connect"
                        + " with a name it covers). If you recognise that fingerprint, " + trustIt + ", which accepts it"
                        + " for this address despite its names; a CA file (" + Setting.CA_FILE.in(audience) + ") would"
                        + " still leave the name wrong." + skip);
    }

    /** "(CN=x, issued by Y)", or "for 127.0.0.1 (issued by Y)" when the subject is empty, as in Caddy's leaves. */
    private static String who(CertificateInfo certificate) {
        return certificate.subject().isBlank() && !certificate.names().isEmpty()
                ? "for " + String.join(", ", certificate.names()) + " (issued by " + certificate.issuer() + ")"
                : "(" + certificate.label() + ", issued by " + certificate.issuer() + ")";
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
