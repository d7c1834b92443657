package dev.wscope.server.tls;

import java.security.KeyPair;
import java.security.cert.X509Certificate;

/** A key pair and the certificate that vouches for it. */
public record Certified(KeyPair keyPair, X509Certificate certificate) {
}
