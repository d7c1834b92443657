package dev.wscope.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.Diagnosis;
import dev.wscope.engine.tls.Certificates;
import dev.wscope.server.tls.CertificateMaker;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An untrusted certificate's fix: the options for `wscope doctor`, the window's own controls in the window. */
class TlsFailuresTest {
    private static final SSLHandshakeException UNTRUSTED = new SSLHandshakeException(
            "PKIX path building failed: unable to find valid certification path to requested target");
    private static X509Certificate selfSigned;

    @BeforeAll
    static void makeCertificate() throws Exception {
        selfSigned = CertificateMaker.localhost().certificate();
    }

    private static Diagnosis untrustedFor(Audience audience) {
        return TlsFailures.classify(UNTRUSTED, new X509Certificate[] {selfSigned}, "127.0.0.1", audience);
    }

    @Test
    void onTheCommandLine_theFixGivesTheOptions() {
        Diagnosis diagnosis = untrustedFor(Audience.COMMAND_LINE);
        assertEquals(Cause.TLS_UNTRUSTED_CERTIFICATE, diagnosis.cause());
        assertEquals("If you recognise that fingerprint, trust this one certificate for 127.0.0.1 (--trust "
                + Certificates.sha256(selfSigned) + "), or give the private CA as a PEM file (--ca FILE). Skipping"
                + " every check (--insecure) is for a quick look only, never for real data.", diagnosis.fix());
    }

    @Test
    void inTheWindow_theFixNamesTheWindowsControls_andNoOption() {
        Diagnosis diagnosis = untrustedFor(Audience.WINDOW);
        assertEquals("If you recognise that fingerprint, trust this one certificate for 127.0.0.1 (the \"Trust this"
                + " certificate and reconnect\" button, or Settings > TLS > Trusted certificates), or give the private CA"
                + " as a PEM file (Settings > TLS > CA file). Skipping every check (Settings > TLS > Verify the server's"
                + " certificate, switched off) is for a quick look only, never for real data.", diagnosis.fix());
        assertFalse(diagnosis.fix().contains("--"), diagnosis.fix());
    }

    @Test
    void theSummaryIsTheSameForBoth() {
        assertEquals(untrustedFor(Audience.COMMAND_LINE).summary(), untrustedFor(Audience.WINDOW).summary());
        assertTrue(untrustedFor(Audience.WINDOW).summary().contains(Certificates.sha256(selfSigned)));
    }
}
