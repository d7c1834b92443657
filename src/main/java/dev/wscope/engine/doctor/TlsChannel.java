package dev.wscope.engine.doctor;

import dev.wscope.core.request.TlsOptions;
import dev.wscope.engine.tls.TlsContexts;
import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** TLS over an open socket to the target, its hostname checked unless the request's settings turn that off. */
final class TlsChannel {
    private TlsChannel() {
    }

    static SSLSocket open(Socket plain, Target target, TlsContexts.Trust trust, TlsOptions tls) throws IOException {
        SSLSocket ssl = (SSLSocket) trust.context().getSocketFactory()
                .createSocket(plain, target.host(), target.port(), true);
        SSLParameters parameters = ssl.getSSLParameters();
        if (tls.verifyHostname() && !tls.insecure()) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }
}
