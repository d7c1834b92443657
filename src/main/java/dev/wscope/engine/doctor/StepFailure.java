package dev.wscope.engine.doctor;

import dev.wscope.core.diagnosis.Diagnosis;

/** A step that failed: its detail line and the diagnosis of the whole examination. */
final class StepFailure extends Exception {
    private final String step;
    private final String detail;
    private final Diagnosis diagnosis;

    StepFailure(String step, String detail, Diagnosis diagnosis) {
        super(detail, null, false, false);
        this.step = step;
        this.detail = detail;
        this.diagnosis = diagnosis;
    }

    String step() {
        return step;
    }

    String detail() {
        return detail;
    }

    Diagnosis diagnosis() {
        return diagnosis;
    }
}
