package dev.wscope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Connection options `send` and `doctor` must refuse with exit 2 before connecting, each with a word its
 * one-line message must hold. A line break in -H, --cookie or --origin would reach the server as a
 * header of its own; NaN passes every "less than" check.
 */
record BadConnectionInput(List<String> options, String saying) {
    static Stream<BadConnectionInput> shared() {
        return Stream.of(
                new BadConnectionInput(List.of("-H", "X-Bad: a\nInjected: yes"), "line feed (LF)"),
                new BadConnectionInput(List.of("-H", "X-Bad: a\r\nInjected: yes"), "carriage return (CR)"),
                new BadConnectionInput(List.of("-H", "NoColon"), "'name: value'"),
                new BadConnectionInput(List.of("--cookie", "a=1\nb=2"), "line feed (LF)"),
                new BadConnectionInput(List.of("--cookie", "NoEquals"), "'name=value'"),
                new BadConnectionInput(List.of("--origin", "https://a.test\r\nInjected: yes"), "carriage return (CR)"),
                new BadConnectionInput(List.of("--timeout", "-5"), "--timeout"),
                new BadConnectionInput(List.of("--timeout", "NaN"), "--timeout"),
                new BadConnectionInput(List.of("--ca", notACertificate()), "is not a PEM or DER certificate"));
    }

    /** A CA file that is text but no certificate ("toDerInputStream rejects tag type 45" reached the user). */
    private static String notACertificate() {
        try {
            Path file = Files.createTempFile("not-a-ca", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n")
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line: the command, an address nobody should reach, then these options. */
    String[] after(String command, String url) {
        return Stream.concat(Stream.of(command, url), options.stream()).toArray(String[]::new);
    }

    @Override
    public String toString() {
        return String.join(" ", options).replace("\r", "\\r").replace("\n", "\\n");
    }
}
