package dev.wscope.engine.tls;

import dev.wscope.core.request.TlsOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** The client certificate a request shows the server: from PKCS#12, or a PEM certificate and PEM key. */
final class ClientKeys {
    private static final char[] IN_MEMORY_PASSWORD = "wscope".toCharArray();

    private ClientKeys() {
    }

    /** Null when the request shows no client certificate. */
    static KeyManager[] of(TlsOptions options) throws IOException, GeneralSecurityException {
        if (options.clientCertificate() == null || options.clientCertificate().isBlank()) {
            return null;
        }
        Path certificate = Path.of(options.clientCertificate());
        char[] password = options.clientPassword() == null ? new char[0] : options.clientPassword().toCharArray();
        KeyStore store;
        if (options.clientKey() == null || options.clientKey().isBlank()) {
            store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(certificate)) {
                store.load(in, password);
            }
        } else {
            store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            List<X509Certificate> chain = Certificates.readPem(certificate);
            store.setKeyEntry("client", readPemKey(Path.of(options.clientKey())), IN_MEMORY_PASSWORD,
                    chain.toArray(X509Certificate[]::new));
            password = IN_MEMORY_PASSWORD;
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, password);
        return factory.getKeyManagers();
    }

    /** PKCS#8 ("PRIVATE KEY") or the traditional RSA/EC forms, unencrypted. */
    private static PrivateKey readPemKey(Path file) throws IOException, GeneralSecurityException {
        try (Reader reader = Files.newBufferedReader(file); PEMParser parser = new PEMParser(reader)) {
            Object read = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (read instanceof PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
            if (read instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            throw new GeneralSecurityException(file + " holds no unencrypted PEM private key");
        }
    }
}
