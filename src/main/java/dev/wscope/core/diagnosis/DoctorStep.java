package dev.wscope.core.diagnosis;

/** One step of the doctor: dns, tcp, tls, upgrade or websocket. */
public record DoctorStep(String step, StepStatus status, long millis, String detail) {
}
