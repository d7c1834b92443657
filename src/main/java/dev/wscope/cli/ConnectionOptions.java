package dev.wscope.cli;

import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.HeaderRules;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.request.KeyValueKind;
import dev.wscope.core.request.KeyValueText;
import dev.wscope.core.request.ProxyOptions;
import dev.wscope.core.request.TlsOptions;
import dev.wscope.engine.tls.Certificates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The handshake and connection options `send` and `doctor` share. */
final class ConnectionOptions {
    @Option(names = {"-H", "--header"}, paramLabel = "'Name: value'", description = "handshake header (repeatable)")
    List<String> headers = new ArrayList<>();

    @Option(names = "--cookie", paramLabel = "name=value", description = "cookie (repeatable; sent as one Cookie header)")
    List<String> cookies = new ArrayList<>();

    @Option(names = "--subprotocol", paramLabel = "P", description = "subprotocol to offer (repeatable, in order)")
    List<String> subprotocols = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "S", description = "handshake timeout in seconds (default ${DEFAULT-VALUE})")
    double timeoutSeconds = 10;

    @Option(names = "--origin", paramLabel = "ORIGIN", description = "Origin header to send (default: http(s)://host)")
    String origin;

    @Option(names = "--proxy", paramLabel = "URL", description = "HTTP proxy: http://[user:password@]host:port")
    String proxy;

    @Option(names = "--deflate", description = "offer permessage-deflate")
    boolean deflate;

    @Option(names = "--insecure", description = "accept any certificate (for a quick look only)")
    boolean insecure;

    @Option(names = "--ca", paramLabel = "FILE", description = "also trust the CA certificates in this PEM file")
    Path caFile;

    @Option(names = "--trust", paramLabel = "SHA256", description = "trust the certificate with this SHA-256 fingerprint (repeatable)")
    List<String> trusted = new ArrayList<>();

    @Option(names = "--client-cert", paramLabel = "FILE", description = "client certificate: PKCS#12, or PEM with --client-key")
    String clientCertificate;

    @Option(names = "--client-key", paramLabel = "FILE", description = "PEM private key of a PEM client certificate")
    String clientKey;

    @Option(names = "--client-password", paramLabel = "PW", description = "password of a PKCS#12 client certificate")
    String clientPassword;

    /** The request for an address; throws IllegalArgumentException with words for the user on bad options. */
    ConnectRequest request(String url) {
        if (caFile != null) {
            checkCaFile(caFile);
        }
        SecondsOption.require("--timeout", timeoutSeconds, false);
        TlsOptions tls = new TlsOptions(insecure, true, caFile == null ? null : caFile.toString(), trusted,
                clientCertificate, clientKey, clientPassword);
        // Rounded up: under a millisecond must not become 0, which the doctor's sockets take as no limit.
        ConnectOptions options = ConnectOptions.builder().handshakeTimeoutMillis((int) Math.ceil(timeoutSeconds * 1000))
                .tls(tls).proxy(ProxyOptions.parse(proxy).orElse(null)).origin(origin).deflate(deflate).build();
        return new ConnectRequest(url, rows("-H", headers, KeyValueKind.HEADERS),
                rows("--cookie", cookies, KeyValueKind.COOKIES), subprotocols, options);
    }

    /** A CA file that cannot be used is bad input, found before anything is sent. */
    private static void checkCaFile(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read the CA file " + file);
        }
        try {
            Certificates.readPem(file);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("--ca: " + e.getMessage());
        }
    }

    /**
     * Each use of an option is one row. A line break in it is refused rather than split, since split it sent
     * the rest as a header of its own. Names and values meet their rules later, in ConnectRequest.problem().
     */
    private static List<KeyValue> rows(String option, List<String> values, KeyValueKind kind) {
        List<KeyValue> rows = new ArrayList<>();
        for (String value : values) {
            HeaderRules.checkValue(option, value).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            rows.add(KeyValueText.parseRow(value, kind).orElseThrow(() -> new IllegalArgumentException(
                    option + " takes 'name" + kind.separator() + "value', not '" + value + "'")));
        }
        return rows;
    }
}
