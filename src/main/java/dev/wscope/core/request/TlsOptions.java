package dev.wscope.core.request;

import java.util.List;
import java.util.Locale;

/**
 * How to judge the server's certificate, and which certificate to show it. Verification is on by default;
 * a certificate can be trusted by its SHA-256 fingerprint, or a private CA given as a PEM file; `insecure`
 * turns every check off and is never the default. A client certificate is a PKCS#12 file (with its
 * password), or a PEM certificate with its PEM private key.
 */
public record TlsOptions(boolean insecure, boolean verifyHostname, String caFile, List<String> trustedFingerprints,
                         String clientCertificate, String clientKey, String clientPassword) {
    /** What every report of an insecure attempt says, as the window's INSECURE badge does. */
    public static final String INSECURE_NOTE = "INSECURE: certificate checks are off";

    public TlsOptions {
        trustedFingerprints = trustedFingerprints.stream().map(TlsOptions::normalise).toList();
    }

    public TlsOptions(boolean insecure, boolean verifyHostname, String caFile, List<String> trustedFingerprints) {
        this(insecure, verifyHostname, caFile, trustedFingerprints, null, null, null);
    }

    public static TlsOptions defaults() {
        return new TlsOptions(false, true, null, List.of());
    }

    public TlsOptions withClientCertificate(String certificate, String key, String password) {
        return new TlsOptions(insecure, verifyHostname, caFile, trustedFingerprints, certificate, key, password);
    }

    /** Fingerprints compare as lower-case hex without separators: "AB:CD:.." and "abcd.." are one. */
    public static String normalise(String fingerprint) {
        return fingerprint.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
