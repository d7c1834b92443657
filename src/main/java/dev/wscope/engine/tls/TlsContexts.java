package dev.wscope.engine.tls;

import dev.wscope.core.request.TlsOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** Builds the SSLContext a request's TLS options call for: the system's trust, plus a CA file, plus pins. */
public final class TlsContexts {
    private TlsContexts() {
    }

    /** An SSLContext and the trust manager inside it, which remembers the last chain it judged. */
    public record Trust(SSLContext context, RecordingTrustManager manager) {
        public X509Certificate[] lastChain() {
            return manager.lastChain();
        }
    }

    public static Trust create(TlsOptions options) throws IOException, GeneralSecurityException {
        List<X509ExtendedTrustManager> delegates = new ArrayList<>();
        delegates.add(trustManager(null));
        if (options.caFile() != null && !options.caFile().isBlank()) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (X509Certificate ca : Certificates.readPem(Path.of(options.caFile()))) {
                store.setCertificateEntry("ca-" + i++, ca);
            }
            delegates.add(trustManager(store));
        }
        RecordingTrustManager manager = new RecordingTrustManager(delegates,
                new HashSet<>(options.trustedFingerprints()), options.insecure());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(ClientKeys.of(options), new TrustManager[] {manager}, null);
        return new Trust(context, manager);
    }

    private static X509ExtendedTrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                return extended;
            }
        }
        throw new GeneralSecurityException("the JDK offers no X509ExtendedTrustManager");
    }
}
