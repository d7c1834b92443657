package dev.wscope.ui.session;

import dev.wscope.core.timeline.EventText;
import dev.wscope.core.timeline.SessionTimeline;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Messages and bytes a second, in and out, and the totals, for the status bar. Rates are worked out over
 * at least half a second, so they read steadily at 10 or 20 batches a second. FX thread only.
 */
public final class TrafficMeter {
    private static final long WINDOW_NANOS = 500_000_000L;

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("↓ 0 msg/s  ↑ 0 msg/s · totals ↓ 0 ↑ 0");
    private long since;
    private long messagesIn;
    private long bytesIn;
    private long messagesOut;
    private long bytesOut;

    /** Takes the timeline's counters at a moment (nanoTime); updates the text once a window has passed. */
    public void update(SessionTimeline timeline, long now) {
        if (since == 0) {
            since = now;
            return;
        }
        long elapsed = now - since;
        if (elapsed < WINDOW_NANOS) {
            return;
        }
        double seconds = elapsed / 1e9;
        long inNow = timeline.messagesIn();
        long outNow = timeline.messagesOut();
        text.set(String.format("↓ %,.0f msg/s %s/s  ↑ %,.0f msg/s %s/s · totals ↓ %,d (%s) ↑ %,d (%s)%s",
                (inNow - messagesIn) / seconds, EventText.size((long) ((timeline.bytesIn() - bytesIn) / seconds)),
                (outNow - messagesOut) / seconds, EventText.size((long) ((timeline.bytesOut() - bytesOut) / seconds)),
                inNow, EventText.size(timeline.bytesIn()), outNow, EventText.size(timeline.bytesOut()),
                timeline.notRecorded() == 0 ? "" : String.format(" · %,d not recorded (paused)", timeline.notRecorded())));
        since = now;
        messagesIn = inNow;
        bytesIn = timeline.bytesIn();
        messagesOut = outNow;
        bytesOut = timeline.bytesOut();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
