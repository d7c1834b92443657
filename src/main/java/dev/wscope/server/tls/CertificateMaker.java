package dev.wscope.server.tls;

import java.io.StringWriter;
import java.math.BigInteger;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes certificates for the test server: the self-signed one of `serve --tls`, and (for tests of the
 * doctor) expired ones, ones for other names, and ones signed by a private CA.
 */
public final class CertificateMaker {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateMaker() {
    }

    /** A self-signed certificate for localhost, 127.0.0.1 and ::1, valid for a year from now. */
    public static Certified localhost() throws GeneralSecurityException {
        Instant now = Instant.now();
        return make("localhost", List.of("localhost", "127.0.0.1", "::1"), now.minusSeconds(3600),
                now.plusSeconds(365L * 24 * 3600), null, false);
    }

    /**
     * A certificate for the given DNS names and IP addresses; signed by the issuer, or by itself when the
     * issuer is null. A CA certificate may sign others.
     */
    public static Certified make(String commonName, List<String> names, Instant notBefore, Instant notAfter,
                                 Certified issuer, boolean ca) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256, RANDOM);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + commonName + ",O=Wscope test server");
        X500Name issuerName = issuer == null ? subject
                : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    new BigInteger(64, RANDOM).abs().add(BigInteger.ONE), Date.from(notBefore), Date.from(notAfter),
                    subject, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (!names.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(names));
            }
            KeyPair signer = issuer == null ? keys : issuer.keyPair();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
            return new Certified(keys, certificate);
        } catch (OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException("cannot make a certificate: " + e.getMessage(), e);
        }
    }

    private static GeneralNames alternativeNames(List<String> names) {
        List<GeneralName> general = new ArrayList<>();
        for (String name : names) {
            boolean ip = name.matches("[0-9.]+") || name.contains(":");
            general.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, name));
        }
        return new GeneralNames(general.toArray(GeneralName[]::new));
    }

    /** A server-side SSLContext presenting the certificate (and the chain above it, if any). */
    public static SSLContext serverContext(Certified leaf, X509Certificate... chainAbove) throws GeneralSecurityException {
        return serverContextTrustingClients(leaf, null, chainAbove);
    }

    /** The same, also trusting client certificates signed by clientIssuer (when not null). */
    public static SSLContext serverContextTrustingClients(Certified leaf, X509Certificate clientIssuer,
                                                         X509Certificate... chainAbove) throws GeneralSecurityException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            X509Certificate[] chain = new X509Certificate[1 + chainAbove.length];
            chain[0] = leaf.certificate();
            System.arraycopy(chainAbove, 0, chain, 1, chainAbove.length);
            char[] password = "wscope".toCharArray();
            store.setKeyEntry("server", leaf.keyPair().getPrivate(), password, chain);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            javax.net.ssl.TrustManager[] trust = null;
            if (clientIssuer != null) {
                KeyStore anchors = KeyStore.getInstance("PKCS12");
                anchors.load(null, null);
                anchors.setCertificateEntry("client-ca", clientIssuer);
                javax.net.ssl.TrustManagerFactory factory = javax.net.ssl.TrustManagerFactory.getInstance(
                        javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
                factory.init(anchors);
                trust = factory.getTrustManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust, null);
            return context;
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }

    /** The certificate as PEM text, e.g. to write a CA file. */
    public static String pem(X509Certificate certificate) throws GeneralSecurityException {
        StringWriter out = new StringWriter();
        out.write("-----BEGIN CERTIFICATE-----\n");
        out.write(Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded()));
        out.write("\n-----END CERTIFICATE-----\n");
        return out.toString();
    }

}
