package dev.wscope.engine.doctor;

import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.Diagnosis;
import dev.wscope.core.diagnosis.RawResponse;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Opens an HTTP CONNECT tunnel through a proxy to the WebSocket host. */
final class ProxyTunnel {
    private ProxyTunnel() {
    }

    /** Opens the tunnel; a proxy that says nothing, or not HTTP, is a failure of its own, not of TCP. */
    static void open(Socket socket, Target target) throws StepFailure {
        try {
            request(socket, target);
        } catch (IOException e) {
            throw new StepFailure("tcp", "the proxy did not answer CONNECT: " + e.getMessage(), new Diagnosis(
                    Cause.CONNECTION_REFUSED, "The proxy " + target.proxy().uri() + " accepted the connection but gave no"
                    + " usable answer to CONNECT " + target.authority() + " (" + e.getMessage() + ").",
                    "Check that this address is an HTTP proxy that allows CONNECT (not a SOCKS proxy or a web server)."));
        }
    }

    private static void request(Socket socket, Target target) throws IOException, StepFailure {
        StringBuilder request = new StringBuilder("CONNECT ").append(target.authority()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.authority()).append("\r\n");
        target.proxy().authorization().ifPresent(value -> request.append("Proxy-Authorization: ").append(value).append("\r\n"));
        socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        RawResponse answer = HttpResponseReader.readHead(socket.getInputStream());
        String proxy = target.proxy().uri();
        if (answer.status() == 407) {
            throw new StepFailure("tcp", "proxy answered 407", new Diagnosis(Cause.UNAUTHORIZED,
                    "The proxy " + proxy + " wants credentials (407 Proxy Authentication Required"
                            + (answer.header("Proxy-Authenticate") == null ? "" : ", " + answer.header("Proxy-Authenticate"))
                            + ").", "Give the proxy's user and password: http://user:password@host:port."));
        }
        if (answer.status() / 100 != 2) {
            throw new StepFailure("tcp", "proxy answered " + answer.status() + " " + answer.reason(),
                    new Diagnosis(Cause.CONNECTION_REFUSED, "The proxy " + proxy + " could not open a tunnel to "
                            + target.authority() + ": it answered " + answer.status() + " " + answer.reason() + ".",
                            "Check that the proxy may reach that host and port (many allow CONNECT only to 443)."));
        }
    }
}
