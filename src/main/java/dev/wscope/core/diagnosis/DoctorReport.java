package dev.wscope.core.diagnosis;

import java.util.List;

/** The doctor's finding for one address: each step, the cause and fix of a failure, the raw exchange. */
public record DoctorReport(String url, List<DoctorStep> steps, Diagnosis diagnosis, RawRequest request,
                           RawResponse response, TlsInfo tls) {
    public DoctorReport {
        steps = List.copyOf(steps);
    }

    public boolean ok() {
        return diagnosis == null;
    }
}
