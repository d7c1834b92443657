package dev.wscope.cli;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.DoctorJson;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.DoctorText;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.WsUrl;
import dev.wscope.engine.doctor.Doctor;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Checks a WebSocket address step by step (DNS, TCP, TLS, upgrade, WebSocket) and explains a failure:",
            "the cause, the fix, and the raw handshake. Exit 0 healthy, 1 a fault found, 2 bad usage.",
            "Example: wscope doctor wss://example.com/cable -H 'Origin: https://example.com' --json"})
final class DoctorCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "ws:// or wss:// address")
    String url;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--json", description = "print the report as one JSON object (CONTRACT.md)")
    boolean json;

    @Override
    public Integer call() {
        ConnectRequest request;
        try {
            request = connection.request(url);
        } catch (IllegalArgumentException e) {
            return CommandErrors.badInput("doctor", e.getMessage());
        }
        Optional<String> problem = request.problem();
        // A bad address is the doctor's to report (cause invalid-url); a bad header is bad usage.
        if (problem.isPresent() && WsUrl.check(url).ok()) {
            return CommandErrors.badInput("doctor", problem.get());
        }
        DoctorReport report = new Doctor(Audience.COMMAND_LINE).examine(request);
        System.out.println(json ? DoctorJson.write(report) : DoctorText.write(report));
        if (!report.ok() && report.diagnosis().cause() == Cause.INVALID_URL) {
            return CommandErrors.badInput("doctor", report.diagnosis().summary());
        }
        return report.ok() ? 0 : WscopeCommand.EXIT_FAILED;
    }
}
