package dev.wscope.engine;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;
import org.glassfish.tyrus.core.HandshakeException;

/** Turns what Tyrus throws into one sentence a person can act on, with the underlying message kept. */
public final class Failures {
    private Failures() {
    }

    public static String describe(Throwable error) {
        ConnectFailure ours = find(error, ConnectFailure.class);
        if (ours != null) {
            return ours.getMessage(); // already in words for the user
        }
        if (contains(error, "Sec-WebSocket-Key returned from server does not match")) {
            // Tyrus reports it as a HandshakeException with status 500, though the server answered 101
            return "The server answered 101 with a wrong Sec-WebSocket-Accept: it does not match this handshake's key"
                    + " (a server or proxy that does not speak WebSocket properly)";
        }
        HandshakeException handshake = find(error, HandshakeException.class);
        if (handshake != null) {
            int status = handshake.getHttpStatusCode();
            return "The server answered HTTP " + status + " instead of 101 Switching Protocols";
        }
        if (find(error, UnknownHostException.class) != null) {
            return "Unknown host: the name does not resolve (" + find(error, UnknownHostException.class).getMessage() + ")";
        }
        if (find(error, UnresolvedAddressException.class) != null) {
            return "Unknown host: the name does not resolve to an address";
        }
        if (untrustedCertificate(error)) {
            return "The server's certificate is not trusted: it is self-signed or from a certificate authority this"
                    + " machine does not know";
        }
        if (find(error, ConnectException.class) != null || find(error, NoRouteToHostException.class) != null) {
            return "Connection refused: nothing accepts connections at that host and port";
        }
        if (find(error, SSLException.class) != null || contains(error, "SSL handshake")) {
            return "TLS handshake failed: " + rootMessage(error);
        }
        if (find(error, SocketTimeoutException.class) != null || contains(error, "Handshake response not received")) {
            return "No handshake answer before the timeout: the server accepted the connection but did not reply";
        }
        return rootMessage(error);
    }

    /** The TLS handshake failed because no trusted authority signed the server's certificate. */
    public static boolean untrustedCertificate(Throwable error) {
        return contains(error, "unable to find valid certification path") || contains(error, "PKIX path");
    }

    /** The attempt's deadline passed with a stage still waiting (TCP, TLS or the upgrade). */
    public static String timedOut(java.net.URI uri, long timeoutMillis) {
        String seconds = timeoutMillis % 1000 == 0 ? Long.toString(timeoutMillis / 1000) : String.format(
                java.util.Locale.ROOT, "%.1f", timeoutMillis / 1000.0);
        String hint = "wss".equals(uri.getScheme())
                ? ": the TLS handshake or the upgrade did not finish (a wss:// address on a port that serves plain"
                + " ws:// never answers TLS: try ws://)"
                : ": the server accepted the connection but did not answer the upgrade (if the port serves TLS,"
                + " try wss://)";
        return "No answer within the " + seconds + " s handshake timeout" + hint;
    }

    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean contains(Throwable error, String text) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
