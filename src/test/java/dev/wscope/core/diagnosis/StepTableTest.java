package dev.wscope.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepTableTest {
    private static final java.util.function.Function<StepStatus, String> MARK = status -> String.format("%-7s", status.wire());

    @Test
    void probes_comeUnderTheirOwnHeading_alignedOnTheirLongestName_theChecksKeepTheirColumns() {
        List<DoctorStep> steps = List.of(new DoctorStep("upgrade", StepStatus.FAILED, 12, "404 Not Found"),
                new DoctorStep("websocket", StepStatus.SKIPPED, 0, "not reached"),
                new DoctorStep("probe: Origin http://127.0.0.1:9301", StepStatus.OK, 3, "101 Switching Protocols (accepted)"),
                new DoctorStep("probe: no Sec-WebSocket-Key", StepStatus.FAILED, 7, "500 Internal Server Error (changed from 404)"));

        assertEquals(List.of(
                "failed  upgrade      12 ms  404 Not Found",
                "skipped websocket     0 ms  not reached",
                "",
                "Probes: the same request with one change, on a new connection",
                "ok      Origin http://127.0.0.1:9301     3 ms  101 Switching Protocols (accepted)",
                "failed  no Sec-WebSocket-Key             7 ms  500 Internal Server Error (changed from 404)"),
                StepTable.lines(steps, MARK));
    }

    @Test
    void withoutProbes_theTableIsTheFiveChecksAsBefore() {
        assertEquals(List.of("ok      dns           1 ms  127.0.0.1 is 127.0.0.1"),
                StepTable.lines(List.of(new DoctorStep("dns", StepStatus.OK, 1, "127.0.0.1 is 127.0.0.1")), MARK));
    }
}
