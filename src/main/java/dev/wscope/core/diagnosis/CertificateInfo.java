package dev.wscope.core.diagnosis;

import java.util.List;

/** What a person needs to judge a certificate: who, signed by whom, valid when and for which names, its fingerprint. */
public record CertificateInfo(String subject, String issuer, String notBefore, String notAfter, String sha256,
                              List<String> names) {
    public CertificateInfo {
        names = List.copyOf(names);
    }

    /** Who it is for, in words: its subject, or its names when the subject is empty (as in Caddy's own leaves). */
    public String label() {
        if (!subject.isBlank()) {
            return subject;
        }
        return names.isEmpty() ? "(no subject, no names)" : String.join(", ", names) + " (no subject)";
    }
}
