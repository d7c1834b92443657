package dev.wscope.core.diagnosis;

/** How one doctor step went. */
public enum StepStatus {
    OK("ok"), FAILED("failed"), SKIPPED("skipped");

    private final String wire;

    StepStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
