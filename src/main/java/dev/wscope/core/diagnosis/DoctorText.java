package dev.wscope.core.diagnosis;

import dev.wscope.core.request.TlsOptions;
import dev.wscope.core.text.ControlChars;
import dev.wscope.core.timeline.Header;

/**
 * The doctor's report as a person reads it: verdict, steps with times, cause and fix, the raw exchange. Much of
 * it is the server's own text (status line, headers, body, certificate names), so control characters are
 * escaped over the whole report, line breaks kept.
 */
public final class DoctorText {
    private DoctorText() {
    }

    public static String write(DoctorReport report) {
        StringBuilder out = new StringBuilder();
        out.append(report.ok() ? "OK  " : "FAILED  ").append(report.url()).append('\n');
        if (report.insecure()) {
            out.append(TlsOptions.INSECURE_NOTE).append('\n');
        }
        out.append('\n');
        for (String line : StepTable.lines(report.steps(), DoctorText::mark)) {
            out.append(line.isEmpty() ? "" : "  ").append(line).append('\n');
        }
        Diagnosis diagnosis = report.diagnosis();
        if (diagnosis == null) {
            out.append('\n').append(report.summary()).append('\n');
        } else {
            out.append("\nCause: ").append(diagnosis.cause().code()).append('\n')
                    .append(diagnosis.summary()).append("\n\nFix:\n").append(indent(diagnosis.fix())).append('\n');
        }
        if (report.tls() != null && !report.tls().peerCertificates().isEmpty()) {
            out.append("\nCertificate chain:\n");
            for (CertificateInfo certificate : report.tls().peerCertificates()) {
                out.append("  ").append(certificate.label()).append("\n    issued by ").append(certificate.issuer())
                        .append("\n    valid ").append(certificate.notBefore()).append(" to ").append(certificate.notAfter())
                        .append("\n    names ").append(certificate.names().isEmpty() ? "(none)" : String.join(", ", certificate.names()))
                        .append("\n    sha256 ").append(certificate.sha256()).append('\n');
            }
        }
        if (report.request() != null) {
            out.append("\nRequest sent:\n  ").append(report.request().line()).append('\n');
            report.request().headers().forEach(header -> appendHeader(out, header));
        }
        if (report.response() != null) {
            RawResponse response = report.response();
            out.append("\nResponse received:\n  HTTP/1.1 ").append(response.status()).append(' ')
                    .append(response.reason()).append('\n');
            response.headers().forEach(header -> appendHeader(out, header));
            if (!response.body().isEmpty()) {
                out.append('\n').append(indent(response.body().strip())).append('\n');
            }
        }
        return ControlChars.escapeKeepingLines(out.toString());
    }

    private static String mark(StepStatus status) {
        return switch (status) {
            case OK -> "ok  ";
            case FAILED -> "FAIL";
            case SKIPPED -> " -  ";
        };
    }

    private static void appendHeader(StringBuilder out, Header header) {
        out.append("  ").append(header.name()).append(": ").append(header.value()).append('\n');
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
