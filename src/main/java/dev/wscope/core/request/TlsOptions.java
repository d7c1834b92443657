package dev.wscope.core.request;

import java.util.List;
import java.util.Locale;

/**
 * How to judge the server's certificate. Verification is on by default; a certificate can be trusted by
 * its SHA-256 fingerprint, or a private CA given as a PEM file; `insecure` turns every check off and is
 * never the default.
 */
public record TlsOptions(boolean insecure, boolean verifyHostname, String caFile, List<String> trustedFingerprints) {
    public TlsOptions {
        trustedFingerprints = trustedFingerprints.stream().map(TlsOptions::normalise).toList();
    }

    public static TlsOptions defaults() {
        return new TlsOptions(false, true, null, List.of());
    }

    /** Fingerprints compare as lower-case hex without separators: "AB:CD:.." and "abcd.." are one. */
    public static String normalise(String fingerprint) {
        return fingerprint.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
