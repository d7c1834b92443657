package dev.wscope.cli;

import dev.wscope.engine.tls.Certificates;
import dev.wscope.server.TestServer;
import dev.wscope.server.tls.CertificateMaker;
import dev.wscope.server.tls.Certified;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the local WebSocket test server until stopped (Ctrl+C).",
            "Paths: /echo echoes every frame; /mirror first sends the handshake it received as JSON, then echoes;",
            "/flood?n=N&size=BYTES&mode=text|json|binary|socket.io floods (socket.io: Socket.IO events, at --socketio-path /flood); /close?code=C&reason=R closes with that code;",
            "/drop drops the socket with no close frame; /status/CODE answers the handshake with that HTTP status.",
            "A plain GET (no upgrade) answers 426 with a JSON body of the request it saw."})
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8765;

    @Option(names = "--host", description = "Address to bind (default ${DEFAULT-VALUE}); only this one.")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = DEFAULT_PORT;

    @Option(names = "--tls", description = "speak wss:// with a freshly made self-signed certificate for localhost,"
            + " 127.0.0.1 and ::1 (its SHA-256 fingerprint is printed)")
    boolean tls;

    @Option(names = "--cert-out", paramLabel = "FILE", description = "with --tls, also write the certificate as PEM"
            + " (to trust it as a CA file)")
    java.nio.file.Path certOut;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            System.err.println("wscope serve: port " + port + " is out of range: use 0 to 65535");
            return WscopeCommand.EXIT_USAGE;
        }
        TestServer server;
        String fingerprint = null;
        try {
            SSLContext context = null;
            if (tls) {
                Certified certificate = CertificateMaker.localhost();
                context = CertificateMaker.serverContext(certificate);
                fingerprint = Certificates.sha256(certificate.certificate());
                if (certOut != null) {
                    Files.writeString(certOut, CertificateMaker.pem(certificate.certificate()));
                }
            }
            server = TestServer.start(host, port, context);
        } catch (IOException | GeneralSecurityException e) {
            System.err.println("wscope serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return WscopeCommand.EXIT_FAILED;
        }
        if (fingerprint != null) {
            System.out.println("certificate sha256 " + fingerprint + " (self-signed, for localhost, 127.0.0.1, ::1)");
        }
        System.out.println("listening on " + server.url(""));
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
