package dev.wscope.core.timeline;

/** Who ended a connection: Wscope, the server, or the network (no close frame at all). */
public enum ClosedBy {
    CLIENT("client"), SERVER("server"), NETWORK("network");

    private final String wire;

    ClosedBy(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
