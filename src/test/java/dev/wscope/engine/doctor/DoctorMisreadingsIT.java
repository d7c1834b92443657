package dev.wscope.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.DoctorText;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.server.tls.CertificateMaker;
import dev.wscope.server.tls.Certified;
import dev.wscope.testing.Apache;
import dev.wscope.testing.Caddy;
import dev.wscope.testing.Nginx;
import dev.wscope.testing.Pem;
import dev.wscope.testing.ScriptPeer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers the doctor once misread, each from the real server that gives it, started on 127.0.0.1. */
class DoctorMisreadingsIT {
    private final Doctor doctor = new Doctor(Audience.COMMAND_LINE);

    @Test
    void wsToNginxsTlsPort_saysUseWss_quotingNginx(@TempDir Path folder) throws Exception {
        Path[] files = certificateAndKey(folder);
        try (Nginx nginx = Nginx.tlsPort(files[0], files[1])) {
            assertSaysUseWss(nginx.url("/ws"), "The plain HTTP request was sent to HTTPS port");
        }
    }

    @Test
    void wsToApachesTlsPort_saysUseWss_quotingApache(@TempDir Path folder) throws Exception {
        Path[] files = certificateAndKey(folder);
        try (Apache apache = Apache.tlsPort(files[0], files[1])) {
            assertSaysUseWss(apache.url("/ws"), "You're speaking plain HTTP to an SSL-enabled server port");
        }
    }

    private void assertSaysUseWss(String url, String serversWords) {
        DoctorReport report = doctor.examine(ConnectRequest.of(url));

        assertEquals("plain-to-tls-port", report.diagnosis().cause().code(), () -> String.valueOf(report.diagnosis()));
        assertTrue(report.diagnosis().summary().contains("\"" + serversWords + "\""), report.diagnosis().summary());
        assertTrue(report.diagnosis().fix().contains(url.replace("ws://", "wss://")), report.diagnosis().fix());
        assertEquals(400, report.response().status());
    }

    /** A certificate for 127.0.0.1 and its key as PEM files, as nginx and Apache read them. */
    private static Path[] certificateAndKey(Path folder) throws Exception {
        Certified certificate = CertificateMaker.localhost();
        return new Path[] {
                Files.writeString(folder.resolve("cert.pem"), CertificateMaker.pem(certificate.certificate())),
                Files.writeString(folder.resolve("key.pem"), Pem.privateKey(certificate.keyPair().getPrivate()))};
    }

    @Test
    void wsToCaddysTlsPort_saysUseWss_quotingCaddy() throws Exception {
        try (Caddy caddy = Caddy.internalTls("127.0.0.1")) {
            assertSaysUseWss(caddy.url("/ws"), "Client sent an HTTP request to an HTTPS server");
        }
    }

    @Test
    void nodeWs403WithItsOwnWords_quotesThem_andClaimsNoOriginCheck() throws Exception {
        try (ScriptPeer gate = ScriptPeer.node("token-gate.js")) {
            DoctorReport report = doctor.examine(ConnectRequest.of(gate.url("/ws")));

            assertEquals("unauthorized", report.diagnosis().cause().code(), () -> String.valueOf(report.diagnosis()));
            assertTrue(report.diagnosis().summary().contains("403 Forbidden"), report.diagnosis().summary());
            assertTrue(report.diagnosis().summary().contains("\"missing or bad token\""), report.diagnosis().summary());
            assertFalse(report.diagnosis().summary().contains("Origin check"), report.diagnosis().summary());
            assertFalse(report.diagnosis().summary().contains("Wscope sent Origin"), report.diagnosis().summary());
            assertTrue(report.diagnosis().fix().contains("token"), report.diagnosis().fix());

            assertTrue(doctor.examine(ConnectRequest.of(gate.url("/ws?token=good"))).ok(), "the token the words asked for");
        }
    }

    @Test
    void caddysLeaf_withAnEmptySubject_isDescribedByItsNames() throws Exception {
        try (Caddy caddy = Caddy.internalTls("127.0.0.1")) {
            DoctorReport report = doctor.examine(ConnectRequest.of(caddy.secureUrl("/ws")));

            assertEquals("tls-untrusted-certificate", report.diagnosis().cause().code(), () -> String.valueOf(report.diagnosis()));
            assertEquals("", report.tls().peerCertificates().get(0).subject(), "Caddy's leaf, as --json keeps it");
            assertTrue(report.diagnosis().summary().contains("certificate for 127.0.0.1 (issued by CN=Caddy Local Authority"),
                    report.diagnosis().summary());
            assertFalse(report.diagnosis().summary().contains("(,"), report.diagnosis().summary());
            assertTrue(DoctorText.write(report).contains("\n  127.0.0.1 (no subject)\n    issued by CN=Caddy Local Authority"),
                    DoctorText.write(report));
        }
    }

    @Test
    void untrustedCertificateForAnotherName_reportsBothProblems() throws Exception {
        try (Caddy caddy = Caddy.internalTls("localhost")) {
            DoctorReport report = doctor.examine(ConnectRequest.of(caddy.secureUrl("/ws")));

            assertEquals("tls-untrusted-certificate", report.diagnosis().cause().code(), () -> String.valueOf(report.diagnosis()));
            String summary = report.diagnosis().summary();
            assertTrue(summary.contains("not signed by an authority this machine trusts"), summary);
            assertTrue(summary.contains("Nor is it valid for 127.0.0.1: its names are localhost."), summary);
            assertTrue(report.diagnosis().fix().contains("127.0.0.1 among its names"), report.diagnosis().fix());
        }
    }
}
