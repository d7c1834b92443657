package dev.wscope.cli;

import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.DoctorJson;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.DoctorText;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.KeyValueKind;
import dev.wscope.core.request.KeyValueText;
import dev.wscope.core.request.TlsOptions;
import dev.wscope.engine.doctor.Doctor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Checks a WebSocket address step by step (DNS, TCP, TLS, upgrade, WebSocket) and explains a failure:",
            "the cause, the fix, and the raw handshake. Exit 0 healthy, 1 a fault found, 2 bad usage.",
            "Example: wscope doctor wss://example.com/cable -H 'Origin: https://example.com' --json"})
final class DoctorCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "ws:// or wss:// address")
    String url;

    @Option(names = {"-H", "--header"}, paramLabel = "'Name: value'", description = "handshake header (repeatable)")
    List<String> headers = new ArrayList<>();

    @Option(names = "--cookie", paramLabel = "name=value", description = "cookie (repeatable)")
    List<String> cookies = new ArrayList<>();

    @Option(names = "--subprotocol", paramLabel = "P", description = "subprotocol to offer (repeatable)")
    List<String> subprotocols = new ArrayList<>();

    @Option(names = "--insecure", description = "accept any certificate (for a quick look only)")
    boolean insecure;

    @Option(names = "--ca", paramLabel = "FILE", description = "also trust the CA certificates in this PEM file")
    Path caFile;

    @Option(names = "--trust", paramLabel = "SHA256", description = "trust the certificate with this SHA-256 fingerprint (repeatable)")
    List<String> trusted = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "S", description = "timeout of each step in seconds (default ${DEFAULT-VALUE})")
    double timeoutSeconds = 10;

    @Option(names = "--json", description = "print the report as one JSON object (CONTRACT.md)")
    boolean json;

    @Override
    public Integer call() {
        if (caFile != null && !Files.isReadable(caFile)) {
            System.err.println("wscope doctor: cannot read the CA file " + caFile);
            return WscopeCommand.EXIT_USAGE;
        }
        if (timeoutSeconds <= 0) {
            System.err.println("wscope doctor: --timeout must be more than 0 seconds");
            return WscopeCommand.EXIT_USAGE;
        }
        TlsOptions tls = new TlsOptions(insecure, true, caFile == null ? null : caFile.toString(), trusted);
        ConnectRequest request = new ConnectRequest(url, KeyValueText.parse(String.join("\n", headers), KeyValueKind.HEADERS),
                KeyValueText.parse(String.join("\n", cookies), KeyValueKind.COOKIES), subprotocols,
                new ConnectOptions((int) (timeoutSeconds * 1000), ConnectOptions.DEFAULT_MAX_MESSAGE_BYTES, tls));
        Optional<String> problem = request.problem();
        if (problem.isPresent() && !problem.get().equals(dev.wscope.core.request.WsUrl.check(url).error())) {
            System.err.println("wscope doctor: " + problem.get());
            return WscopeCommand.EXIT_USAGE;
        }
        DoctorReport report = new Doctor().examine(request);
        System.out.println(json ? DoctorJson.write(report) : DoctorText.write(report));
        if (!report.ok() && report.diagnosis().cause() == Cause.INVALID_URL) {
            System.err.println("wscope doctor: " + report.diagnosis().summary());
            return WscopeCommand.EXIT_USAGE;
        }
        return report.ok() ? 0 : WscopeCommand.EXIT_FAILED;
    }
}
