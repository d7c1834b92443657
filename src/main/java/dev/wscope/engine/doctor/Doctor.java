package dev.wscope.engine.doctor;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.session.Examiner;

/**
 * The connection doctor: checks an address step by step (DNS, TCP, TLS, upgrade, WebSocket) over a raw
 * socket, so the full answer of a failed upgrade is seen, and names the cause of the first failure.
 * Thread contract: examine() blocks for at most a few timeouts; call it off the FX thread.
 */
public final class Doctor implements Examiner {
    private final Audience audience;

    /** A doctor whose fixes name the settings to change as that audience finds them. */
    public Doctor(Audience audience) {
        this.audience = audience;
    }

    @Override
    public DoctorReport examine(ConnectRequest request) {
        return new Examination(request, audience).run();
    }
}
