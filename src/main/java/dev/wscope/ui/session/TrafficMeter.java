package dev.wscope.ui.session;

import dev.wscope.core.timeline.EventText;
import dev.wscope.core.timeline.SessionTimeline;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Messages and bytes a second, in and out, and the totals, for the status bar. Rates are worked out over
 * at least half a second, so they read steadily at 10 or 20 batches a second; the totals are those of the
 * latest batch, so they agree with the rows on show. Numbers are written the English way (1,234.5), as on
 * the rest of Wscope's screens, whatever the locale. FX thread only.
 */
public final class TrafficMeter {
    private static final long WINDOW_NANOS = 500_000_000L;

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
    private String rates = rates(0, 0, 0, 0);
    private long since;
    private long messagesIn;
    private long bytesIn;
    private long messagesOut;
    private long bytesOut;

    public TrafficMeter() {
        text.set(rates + totals(0, 0, 0, 0, 0));
    }

    /** Takes the timeline's counters at a moment (nanoTime): the totals at once, the rates once a window has passed. */
    public void update(SessionTimeline timeline, long now) {
        if (since == 0) {
            remember(timeline, now);
        } else if (now - since >= WINDOW_NANOS) {
            double seconds = (now - since) / 1e9;
            rates = rates((timeline.messagesIn() - messagesIn) / seconds, (timeline.bytesIn() - bytesIn) / seconds,
                    (timeline.messagesOut() - messagesOut) / seconds, (timeline.bytesOut() - bytesOut) / seconds);
            remember(timeline, now);
        }
        String shown = rates + totals(timeline.messagesIn(), timeline.bytesIn(), timeline.messagesOut(),
                timeline.bytesOut(), timeline.notRecorded());
        if (!shown.equals(text.get())) { // an idle tab's 20 batches a second leave the status bar alone
            text.set(shown);
        }
    }

    private void remember(SessionTimeline timeline, long now) {
        since = now;
        messagesIn = timeline.messagesIn();
        bytesIn = timeline.bytesIn();
        messagesOut = timeline.messagesOut();
        bytesOut = timeline.bytesOut();
    }

    private static String rates(double messagesIn, double bytesIn, double messagesOut, double bytesOut) {
        return String.format(Locale.ROOT, "↓ %,.0f msg/s %s/s  ↑ %,.0f msg/s %s/s",
                messagesIn, EventText.size((long) bytesIn), messagesOut, EventText.size((long) bytesOut));
    }

    private static String totals(long messagesIn, long bytesIn, long messagesOut, long bytesOut, long notRecorded) {
        String paused = notRecorded == 0 ? "" : String.format(Locale.ROOT, " · %,d not recorded (paused)", notRecorded);
        return String.format(Locale.ROOT, " · totals ↓ %,d (%s) ↑ %,d (%s)%s",
                messagesIn, EventText.size(bytesIn), messagesOut, EventText.size(bytesOut), paused);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
