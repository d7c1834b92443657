package dev.wscope.testing;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Base64;

/** A private key as a PEM file's text (PKCS#8, as `openssl genpkey` writes it, and nginx, Apache and Wscope read it). */
public final class Pem {
    private Pem() {
    }

    public static String privateKey(PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    }
}
