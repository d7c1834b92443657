package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.server.TestServer;
import dev.wscope.server.tls.CertificateMaker;
import dev.wscope.testing.ScriptedHttpServer;
import org.junit.jupiter.api.Test;

/** `send`'s failures in one sentence a person can act on, never Java's own words. */
class FailureWordsIT {
    private static CliRun failed(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(1, run.exit(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        return run;
    }

    @Test
    void wrongAcceptKey_isNamed_notCalledHttp500() throws Exception {
        try (ScriptedHttpServer broken = new ScriptedHttpServer(head -> "HTTP/1.1 101 Switching Protocols\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: bm90IHRoZSByaWdodCBrZXk=\r\n\r\n")) {
            CliRun run = failed("send", broken.url("/x"), "--timeout", "5");

            assertTrue(run.err().contains("wrong Sec-WebSocket-Accept"), run.toString());
            assertFalse(run.err().contains("500"), run.toString());
        }
    }

    @Test
    void untrustedCertificate_saysSoAndWhichOptionsTrustIt() throws Exception {
        try (TestServer server = TestServer.start("127.0.0.1", 0,
                CertificateMaker.serverContext(CertificateMaker.localhost()))) {
            CliRun run = failed("send", server.url("/echo"), "--timeout", "5");

            assertTrue(run.err().contains("certificate is not trusted"), run.toString());
            assertTrue(run.err().contains("--ca FILE") && run.err().contains("--trust SHA256")
                    && run.err().contains("--insecure"), run.toString());
            assertFalse(run.err().contains("certification path"), run.toString());
        }
    }

    @Test
    void unresolvableHost_saysTheNameDoesNotResolve() {
        CliRun run = failed("send", "ws://wscope-test.invalid/x", "--timeout", "5");

        assertTrue(run.err().contains("Unknown host"), run.toString());
        assertFalse(run.err().contains("Exception"), run.toString());
    }
}
