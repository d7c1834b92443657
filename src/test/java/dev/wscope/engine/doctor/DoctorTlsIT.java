package dev.wscope.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.DoctorStep;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.TlsOptions;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.engine.LiveConnection;
import dev.wscope.engine.TimelineWait;
import dev.wscope.engine.WebSocketConnector;
import dev.wscope.engine.tls.Certificates;
import dev.wscope.server.TestServer;
import dev.wscope.server.tls.CertificateMaker;
import dev.wscope.server.tls.Certified;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** TLS failures, each from a real wss:// server on 127.0.0.1 with a certificate made for the case. */
class DoctorTlsIT {
    private static final Instant NOW = Instant.now();
    private final Doctor doctor = new Doctor(Audience.COMMAND_LINE);

    private static ConnectRequest request(String url, TlsOptions tls) {
        return new ConnectRequest(url, List.of(), List.of(), List.of(),
                new ConnectOptions(5000, ConnectOptions.DEFAULT_MAX_MESSAGE_BYTES, tls));
    }

    private static Certified certificate(List<String> names, Instant notBefore, Instant notAfter, Certified issuer)
            throws Exception {
        return CertificateMaker.make("test", names, notBefore, notAfter, issuer, false);
    }

    @Test
    void selfSigned_isUntrustedWithItsFingerprint_andConnectsOnceThatFingerprintIsTrusted() throws Exception {
        Certified self = CertificateMaker.localhost();
        String fingerprint = Certificates.sha256(self.certificate());
        try (TestServer server = TestServer.start("127.0.0.1", 0, CertificateMaker.serverContext(self))) {
            DoctorReport report = doctor.examine(request(server.url("/echo"), TlsOptions.defaults()));
            assertEquals("tls-untrusted-certificate", report.diagnosis().cause().code());
            assertTrue(report.diagnosis().summary().contains(fingerprint));
            assertEquals(fingerprint, report.tls().peerCertificates().get(0).sha256());
            assertEquals("failed", report.steps().get(2).status().wire());

            TlsOptions pinned = new TlsOptions(false, true, null, List.of(fingerprint.toUpperCase()));
            DoctorReport trusted = doctor.examine(request(server.url("/echo"), pinned));
            assertTrue(trusted.ok(), () -> String.valueOf(trusted.diagnosis()));
            assertTrue(trusted.tls().protocol().startsWith("TLS"));
            assertEchoes(server.url("/echo"), pinned);
        }
    }

    @Test
    void certificateForAnotherName_isAHostnameMismatch() throws Exception {
        Certified ca = CertificateMaker.make("Test CA", List.of(), NOW.minusSeconds(60), NOW.plusSeconds(3600), null, true);
        Certified other = certificate(List.of("other.example"), NOW.minusSeconds(60), NOW.plusSeconds(3600), ca);
        try (TestServer server = TestServer.start("127.0.0.1", 0, CertificateMaker.serverContext(other, ca.certificate()));
             CaFile caFile = new CaFile(ca)) {
            DoctorReport report = doctor.examine(request(server.url("/echo"), caFile.options()));
            assertEquals("tls-hostname-mismatch", report.diagnosis().cause().code());
            assertTrue(report.diagnosis().summary().contains("other.example"), report.diagnosis().summary());
            assertTrue(report.diagnosis().summary().contains("127.0.0.1"));
        }
    }

    @Test
    void expiredCertificate_saysWhenItExpired() throws Exception {
        Certified ca = CertificateMaker.make("Test CA", List.of(), NOW.minus(Duration.ofDays(30)), NOW.plusSeconds(3600), null, true);
        Instant expired = NOW.minus(Duration.ofDays(2));
        Certified old = certificate(List.of("127.0.0.1"), NOW.minus(Duration.ofDays(20)), expired, ca);
        try (TestServer server = TestServer.start("127.0.0.1", 0, CertificateMaker.serverContext(old, ca.certificate()));
             CaFile caFile = new CaFile(ca)) {
            DoctorReport report = doctor.examine(request(server.url("/echo"), caFile.options()));
            assertEquals("tls-expired-certificate", report.diagnosis().cause().code());
            assertTrue(report.diagnosis().summary().contains("expired on " + old.certificate().getNotAfter().toInstant()));
        }
    }

    @Test
    void probesGoOverTlsToo_andTheAcceptedOneNamesTheCause() throws Exception {
        Certified self = CertificateMaker.localhost();
        TlsOptions pinned = new TlsOptions(false, true, null, List.of(Certificates.sha256(self.certificate())));
        try (TestServer server = TestServer.start("127.0.0.1", 0, CertificateMaker.serverContext(self))) {
            DoctorReport report = doctor.examine(request(server.url("/echo/"), pinned));

            assertEquals("not-found", report.diagnosis().cause().code(), report.diagnosis().summary());
            assertTrue(report.diagnosis().summary().contains("the same request to /echo was accepted with 101"),
                    report.diagnosis().summary());
            DoctorStep probe = report.steps().stream().filter(step -> step.step().equals("probe: path /echo"))
                    .findFirst().orElseThrow(() -> new AssertionError(report.steps().toString()));
            assertEquals("101 Switching Protocols (accepted)", probe.detail());
        }
    }

    @Test
    void privateCaFile_makesACaSignedServerTrusted() throws Exception {
        Certified ca = CertificateMaker.make("Test CA", List.of(), NOW.minusSeconds(60), NOW.plusSeconds(3600), null, true);
        Certified leaf = certificate(List.of("127.0.0.1", "localhost"), NOW.minusSeconds(60), NOW.plusSeconds(3600), ca);
        try (TestServer server = TestServer.start("127.0.0.1", 0, CertificateMaker.serverContext(leaf, ca.certificate()));
             CaFile caFile = new CaFile(ca)) {
            assertEquals("tls-untrusted-certificate",
                    doctor.examine(request(server.url("/echo"), TlsOptions.defaults())).diagnosis().cause().code());
            DoctorReport report = doctor.examine(request(server.url("/echo"), caFile.options()));
            assertTrue(report.ok(), () -> String.valueOf(report.diagnosis()));
            assertEquals(2, report.tls().peerCertificates().size(), "the chain as the server sent it");
            assertEchoes(server.url("/echo"), caFile.options());
        }
    }

    @Test
    void plainServerOnAWssAddress_isATlsHandshakeFailure() throws Exception {
        try (TestServer plain = TestServer.start("127.0.0.1", 0)) {
            DoctorReport report = doctor.examine(request("wss://127.0.0.1:" + plain.port() + "/echo", TlsOptions.defaults()));
            assertEquals("tls-handshake-failure", report.diagnosis().cause().code());
            assertTrue(report.diagnosis().fix().contains("ws://"));
        }
    }

    @Test
    void untrustedServer_refusesTheRealConnectionToo() throws Exception {
        try (TestServer server = TestServer.start("127.0.0.1", 0, CertificateMaker.serverContext(CertificateMaker.localhost()))) {
            var executor = Executors.newSingleThreadExecutor();
            try {
                var future = new WebSocketConnector(executor).connect(request(server.url("/echo"), TlsOptions.defaults()),
                        new SessionTimeline());
                ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                        () -> future.get(10, TimeUnit.SECONDS));
                assertTrue(failure.getCause().getMessage().contains("certificate is not trusted"),
                        failure.getCause().getMessage());
            } finally {
                executor.shutdownNow();
            }
        }
    }

    private static void assertEchoes(String url, TlsOptions tls) throws Exception {
        var executor = Executors.newSingleThreadExecutor();
        try {
            SessionTimeline timeline = new SessionTimeline();
            LiveConnection connection = new WebSocketConnector(executor).connect(request(url, tls), timeline)
                    .get(10, TimeUnit.SECONDS);
            connection.send(dev.wscope.core.payload.OutgoingMessage.text("over tls"));
            TimelineWait.await(timeline, TimelineEvent.class, e -> e.kind().equals("received"), Duration.ofSeconds(10));
            connection.close(1000, "");
        } finally {
            executor.shutdownNow();
        }
    }

    /** A CA certificate written to a PEM file for the test's length. */
    private static final class CaFile implements AutoCloseable {
        private final Path file;

        CaFile(Certified ca) throws Exception {
            file = Files.createTempFile("wscope-ca", ".pem");
            Files.writeString(file, CertificateMaker.pem(ca.certificate()));
        }

        TlsOptions options() {
            return new TlsOptions(false, true, file.toString(), List.of());
        }

        @Override
        public void close() throws Exception {
            Files.deleteIfExists(file);
        }
    }
}
