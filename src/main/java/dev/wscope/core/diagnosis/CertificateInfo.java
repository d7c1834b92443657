package dev.wscope.core.diagnosis;

import java.util.List;

/** What a person needs to judge a certificate: who, signed by whom, valid when and for which names, its fingerprint. */
public record CertificateInfo(String subject, String issuer, String notBefore, String notAfter, String sha256,
                              List<String> names) {
    public CertificateInfo {
        names = List.copyOf(names);
    }
}
