package dev.wscope.session;

import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.request.ConnectRequest;

/** The port of the connection doctor: the engine's Doctor examines over a raw socket; tests answer at once. */
@FunctionalInterface
public interface Examiner {
    /** Blocks for at most a few timeouts: call it off the FX thread. */
    DoctorReport examine(ConnectRequest request);
}
