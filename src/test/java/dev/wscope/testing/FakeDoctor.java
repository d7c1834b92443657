package dev.wscope.testing;

import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.Diagnosis;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.session.Examiner;
import java.util.ArrayList;
import java.util.List;

/** The doctor's port for tests with no socket: every address it examines is refused; it remembers which. */
public final class FakeDoctor implements Examiner {
    private final List<String> examined = new ArrayList<>();

    @Override
    public synchronized DoctorReport examine(ConnectRequest request) {
        examined.add(request.url());
        return new DoctorReport(request.url(), false, List.of(), new Diagnosis(Cause.CONNECTION_REFUSED,
                "Nothing accepts connections there.", "Start the server."), null, null, null);
    }

    public synchronized List<String> examined() {
        return List.copyOf(examined);
    }
}
