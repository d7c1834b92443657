package dev.wscope.engine.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Judges server certificates by the request's TLS options and remembers the chain it was shown, so a
 * failed handshake can still show who the server claimed to be. Thread contract: one handshake at a time.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {
    private final List<X509ExtendedTrustManager> delegates;
    private final Set<String> pinned;
    private final boolean insecure;
    private volatile X509Certificate[] lastChain = new X509Certificate[0];

    RecordingTrustManager(List<X509ExtendedTrustManager> delegates, Set<String> pinned, boolean insecure) {
        this.delegates = delegates;
        this.pinned = pinned;
        this.insecure = insecure;
    }

    X509Certificate[] lastChain() {
        return lastChain.clone();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain, delegate -> delegate.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain, delegate -> delegate.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, delegate -> delegate.checkServerTrusted(chain, authType));
    }

    private void check(X509Certificate[] chain, Check check) throws CertificateException {
        lastChain = chain.clone();
        if (insecure || (chain.length > 0 && pinned.contains(Certificates.sha256(chain[0])))) {
            return;
        }
        CertificateException telling = null;
        for (X509ExtendedTrustManager delegate : delegates) {
            try {
                check.run(delegate);
                return;
            } catch (CertificateException e) {
                // A store that knows the issuer fails for a better reason (name, date) than one that does not.
                if (telling == null || isUnknownIssuer(telling) && !isUnknownIssuer(e)) {
                    telling = e;
                }
            }
        }
        throw telling == null ? new CertificateException("no trust manager") : telling;
    }

    private static boolean isUnknownIssuer(CertificateException e) {
        return String.valueOf(e.getMessage()).contains("PKIX path building failed");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("Wscope is a client: it does not judge client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("Wscope is a client: it does not judge client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Wscope is a client: it does not judge client certificates");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    private interface Check {
        void run(X509ExtendedTrustManager delegate) throws CertificateException;
    }
}
