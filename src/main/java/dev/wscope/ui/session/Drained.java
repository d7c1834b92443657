package dev.wscope.ui.session;

/** What one batch took into the window: events, and the payload bytes of the messages among them. */
public record Drained(int events, long bytes) {
    public static final Drained NONE = new Drained(0, 0);

    public Drained plus(Drained other) {
        return new Drained(events + other.events, bytes + other.bytes);
    }
}
