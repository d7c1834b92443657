package dev.wscope.engine.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.server.tls.CertificateMaker;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateNamesTest {
    private static X509Certificate forNames(String... names) throws Exception {
        Instant now = Instant.now();
        return CertificateMaker.make("test", List.of(names), now, now.plusSeconds(60), null, false).certificate();
    }

    @Test
    void coversItsDnsNames_oneLabelUnderAWildcard_andItsAddresses() throws Exception {
        X509Certificate certificate = forNames("*.example.com", "api.test", "127.0.0.1", "::1");
        assertTrue(Certificates.covers(certificate, "ws.example.com"));
        assertFalse(Certificates.covers(certificate, "a.b.example.com"));
        assertFalse(Certificates.covers(certificate, "example.com"));
        assertTrue(Certificates.covers(certificate, "API.test"));
        assertTrue(Certificates.covers(certificate, "[0:0:0:0:0:0:0:1]"));
        assertFalse(Certificates.covers(certificate, "127.0.0.2"));
        assertFalse(Certificates.covers(forNames("localhost"), "127.0.0.1"));
    }

    @Test
    void aCertificateWithoutNames_isNotJudgedHere() throws Exception {
        assertTrue(Certificates.covers(forNames(), "anything.example"));
        assertEquals(List.of(), Certificates.describe(forNames()).names());
    }
}
