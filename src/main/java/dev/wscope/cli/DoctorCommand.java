package dev.wscope.cli;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.DoctorJson;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.DoctorText;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.WsUrl;
import dev.wscope.engine.WebSocketConnector;
import dev.wscope.engine.doctor.Doctor;
import dev.wscope.protocol.ProtocolCheck;
import dev.wscope.protocol.ProtocolConnector;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Checks a WebSocket address step by step (DNS, TCP, TLS, upgrade, WebSocket) and explains a failure:",
            "the cause, the fix, and the raw handshake; with --protocol, the protocol's own handshake last.",
            "Exit 0 healthy, 1 a fault found, 2 bad usage.",
            "Example: wscope doctor wss://example.com/cable -H 'Origin: https://example.com' --json"})
final class DoctorCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "ws:// or wss:// address")
    String url;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    ProtocolOptions protocol;

    @Option(names = "--json", description = "print the report as one JSON object (CONTRACT.md)")
    boolean json;

    @Override
    public Integer call() {
        ConnectRequest request;
        try {
            request = connection.request(url);
            request = request.withOptions(request.options().withProtocol(protocol.setup()));
        } catch (IllegalArgumentException e) {
            return CommandErrors.badInput("doctor", e.getMessage());
        }
        Optional<String> problem = request.problem();
        // A bad address is the doctor's to report (cause invalid-url); a bad header is bad usage.
        if (problem.isPresent() && WsUrl.check(url).ok()) {
            return CommandErrors.badInput("doctor", problem.get());
        }
        DoctorReport report;
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            report = new ProtocolCheck(new Doctor(Audience.COMMAND_LINE),
                    new ProtocolConnector(new WebSocketConnector(executor))).examine(request);
        } finally {
            executor.shutdownNow();
        }
        System.out.println(json ? DoctorJson.write(report) : DoctorText.write(report));
        if (!report.ok() && report.diagnosis().cause() == Cause.INVALID_URL) {
            return CommandErrors.badInput("doctor", report.diagnosis().summary());
        }
        return report.ok() ? 0 : WscopeCommand.EXIT_FAILED;
    }
}
