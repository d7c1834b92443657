package dev.wscope.core.timeline;

/** Which way a frame travelled, seen from Wscope. */
public enum Direction {
    IN("in", "↓"), OUT("out", "↑");

    private final String wire;
    private final String arrow;

    Direction(String wire, String arrow) {
        this.wire = wire;
        this.arrow = arrow;
    }

    /** The word used in files and NDJSON: "in" or "out". */
    public String wire() {
        return wire;
    }

    public String arrow() {
        return arrow;
    }
}
