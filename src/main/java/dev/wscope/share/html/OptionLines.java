package dev.wscope.share.html;

import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ReconnectOptions;
import dev.wscope.core.request.TlsOptions;
import java.util.ArrayList;
import java.util.List;

/** The connection options that differ from the defaults, one line each, for the docs. */
final class OptionLines {
    private OptionLines() {
    }

    /** "Speaks STOMP (login: guest, heartbeat: 1000,1000)"; the passcode is a secret, never written. */
    private static String protocol(ProtocolSetup protocol) {
        List<String> settings = protocol.settings().entrySet().stream()
                .filter(setting -> !setting.getKey().equals(ProtocolSetup.PASSCODE))
                .map(setting -> setting.getKey() + ": " + setting.getValue()).toList();
        return "Speaks " + protocol.kind().title() + (settings.isEmpty() ? "" : " (" + String.join(", ", settings) + ")");
    }

    static List<String> of(ConnectOptions options) {
        ConnectOptions defaults = ConnectOptions.defaults();
        List<String> lines = new ArrayList<>();
        if (!options.protocol().isRaw()) {
            lines.add(protocol(options.protocol()));
        }
        if (options.handshakeTimeoutMillis() != defaults.handshakeTimeoutMillis()) {
            lines.add("Handshake timeout: " + options.handshakeTimeoutMillis() + " ms");
        }
        if (options.maxMessageBytes() != defaults.maxMessageBytes()) {
            lines.add("Largest message: " + options.maxMessageBytes() + " bytes");
        }
        if (options.origin() != null) {
            lines.add("Origin: " + options.origin());
        }
        if (options.proxy() != null) {
            String user = options.proxy().username() == null ? "" : " (as " + options.proxy().username() + ")";
            lines.add("HTTP proxy: " + options.proxy().host() + ":" + options.proxy().port() + user);
        }
        if (options.followRedirects()) {
            lines.add("Follows redirects");
        }
        if (options.deflate()) {
            lines.add("Offers permessage-deflate compression");
        }
        if (options.pingIntervalSeconds() > 0) {
            lines.add("Keep-alive ping every " + options.pingIntervalSeconds() + " s");
        }
        if (!options.autoPong()) {
            lines.add("Leaves the server's pings unanswered (no automatic pong)");
        }
        ReconnectOptions reconnect = options.reconnect();
        if (reconnect.enabled()) {
            lines.add("Reconnects up to " + reconnect.attempts() + " times, waiting " + reconnect.firstDelayMillis()
                    + " ms at first, at most " + reconnect.maxDelayMillis() + " ms");
        }
        lines.addAll(tls(options.tls()));
        return lines;
    }

    private static List<String> tls(TlsOptions tls) {
        List<String> lines = new ArrayList<>();
        if (tls.insecure()) {
            lines.add("TLS: accepts any certificate (insecure)");
        } else if (!tls.verifyHostname()) {
            lines.add("TLS: does not check the host name");
        }
        if (tls.caFile() != null) {
            lines.add("TLS: also trusts the CA file " + tls.caFile());
        }
        tls.trustedFingerprints().forEach(f -> lines.add("TLS: trusts the certificate with SHA-256 " + f));
        if (tls.clientCertificate() != null) {
            lines.add("TLS client certificate: " + tls.clientCertificate());
        }
        return lines;
    }
}
