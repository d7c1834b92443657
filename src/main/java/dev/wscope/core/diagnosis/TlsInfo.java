package dev.wscope.core.diagnosis;

import java.util.List;

/** The TLS session (protocol and cipher, when the handshake got that far) and the chain the server sent. */
public record TlsInfo(String protocol, String cipher, List<CertificateInfo> peerCertificates) {
    public TlsInfo {
        peerCertificates = List.copyOf(peerCertificates);
    }
}
