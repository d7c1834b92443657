package dev.wscope.engine.tls;

import dev.wscope.core.diagnosis.CertificateInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/** Reading PEM files and describing certificates for people (subject, issuer, validity, names, fingerprint). */
public final class Certificates {
    private Certificates() {
    }

    /** The certificates of a PEM or DER file; a file of anything else is refused in words, not the parser's. */
    public static List<X509Certificate> readPem(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> read;
            try {
                read = CertificateFactory.getInstance("X.509").generateCertificates(in);
            } catch (CertificateException e) { // "toDerInputStream rejects tag type 45", "No certificate data found"
                throw new GeneralSecurityException(file + " is not a PEM or DER certificate", e);
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : read) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new GeneralSecurityException(file + " holds no PEM certificate");
            }
            return certificates;
        }
    }

    /** Lower-case hex SHA-256 of the DER encoding, as browsers and openssl show it (without colons). */
    public static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256 and can encode a certificate it parsed", e);
        }
    }

    public static CertificateInfo describe(X509Certificate certificate) {
        return new CertificateInfo(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant().toString(),
                certificate.getNotAfter().toInstant().toString(), sha256(certificate), names(certificate));
    }

    /**
     * Whether the certificate's subject alternative names cover the host (an IP address, or a DNS name, where
     * "*." stands for one label), as the TLS name check judges it. A certificate without such names is not
     * judged here: true.
     */
    public static boolean covers(X509Certificate certificate, String host) {
        List<String> names = names(certificate);
        String wanted = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return names.isEmpty() || names.stream().anyMatch(name -> matches(name, wanted));
    }

    private static boolean matches(String name, String host) {
        if (isAddress(name) || isAddress(host)) {
            return isAddress(name) && isAddress(host) && sameAddress(name, host);
        }
        if (name.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot).equalsIgnoreCase(name.substring(1));
        }
        return name.equalsIgnoreCase(host);
    }

    private static boolean isAddress(String text) {
        return text.contains(":") || text.matches("[0-9.]+");
    }

    /** Two address literals (no lookup: InetAddress parses a literal without asking DNS). */
    private static boolean sameAddress(String a, String b) {
        try {
            return java.net.InetAddress.getByName(a).equals(java.net.InetAddress.getByName(b));
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** The DNS names and IP addresses the certificate is valid for (its subject alternative names). */
    static List<String> names(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> alternative : alternatives) {
                    Object type = alternative.get(0);
                    if (Integer.valueOf(2).equals(type) || Integer.valueOf(7).equals(type)) {
                        names.add(String.valueOf(alternative.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // a certificate whose names cannot be read simply lists none
        }
        return names;
    }
}
