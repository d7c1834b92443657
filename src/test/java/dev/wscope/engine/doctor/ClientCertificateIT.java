package dev.wscope.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.TlsOptions;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.engine.WebSocketConnector;
import dev.wscope.server.TestServer;
import dev.wscope.server.tls.CertificateMaker;
import dev.wscope.server.tls.Certified;
import dev.wscope.testing.Pem;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that demands a client certificate: refused without one, open with PKCS#12 or PEM. */
class ClientCertificateIT {
    @TempDir
    Path folder;

    @Test
    void clientCertificate_fromPkcs12OrPem_opensAServerThatDemandsOne() throws Exception {
        Instant now = Instant.now();
        Certified clientCa = CertificateMaker.make("Client CA", List.of(), now.minusSeconds(60), now.plusSeconds(3600), null, true);
        Certified client = CertificateMaker.make("ann", List.of(), now.minusSeconds(60), now.plusSeconds(3600), clientCa, false);
        Certified serverCert = CertificateMaker.localhost();
        try (TestServer server = TestServer.start("127.0.0.1", 0,
                CertificateMaker.serverContextTrustingClients(serverCert, clientCa.certificate()), true)) {
            String fingerprint = dev.wscope.engine.tls.Certificates.sha256(serverCert.certificate());
            TlsOptions trusting = new TlsOptions(false, true, null, List.of(fingerprint));
            DoctorReport without = examine(server.url("/echo"), trusting);
            assertFalse(without.ok(), "a server that demands a certificate refuses a client without one");

            Path p12 = folder.resolve("ann.p12");
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("ann", client.keyPair().getPrivate(), "pw".toCharArray(),
                    new X509Certificate[] {client.certificate()});
            try (OutputStream out = Files.newOutputStream(p12)) {
                store.store(out, "pw".toCharArray());
            }
            TlsOptions pkcs12 = trusting.withClientCertificate(p12.toString(), null, "pw");
            DoctorReport withP12 = examine(server.url("/echo"), pkcs12);
            assertTrue(withP12.ok(), () -> withP12.diagnosis() + " " + withP12.steps());
            assertConnects(server.url("/echo"), pkcs12);

            Path certPem = folder.resolve("ann.crt");
            Path keyPem = folder.resolve("ann.key");
            Files.writeString(certPem, CertificateMaker.pem(client.certificate()));
            Files.writeString(keyPem, Pem.privateKey(client.keyPair().getPrivate()));
            TlsOptions pem = trusting.withClientCertificate(certPem.toString(), keyPem.toString(), null);
            DoctorReport withPem = examine(server.url("/echo"), pem);
            assertTrue(withPem.ok(), () -> withPem.diagnosis() + " " + withPem.steps());
        }
    }

    private static DoctorReport examine(String url, TlsOptions tls) {
        return new Doctor(Audience.COMMAND_LINE).examine(new ConnectRequest(url, List.of(), List.of(), List.of(),
                new ConnectOptions(5000, ConnectOptions.DEFAULT_MAX_MESSAGE_BYTES, tls)));
    }

    private static void assertConnects(String url, TlsOptions tls) throws Exception {
        var executor = Executors.newSingleThreadExecutor();
        try {
            var connection = new WebSocketConnector(executor).connect(new ConnectRequest(url, List.of(), List.of(),
                    List.of(), new ConnectOptions(5000, ConnectOptions.DEFAULT_MAX_MESSAGE_BYTES, tls)),
                    new SessionTimeline()).get(10, TimeUnit.SECONDS);
            assertTrue(connection.isOpen());
            connection.close(1000, "");
            assertEquals(1000, connection.closed().get(10, TimeUnit.SECONDS).code());
        } finally {
            executor.shutdownNow();
        }
    }
}
