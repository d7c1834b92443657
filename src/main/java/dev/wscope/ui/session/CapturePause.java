package dev.wscope.ui.session;

import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Pause capture switch: pausing keeps the connection and stops recording messages (they are still
 * counted); resuming says on the timeline how many went unrecorded. FX thread only.
 */
final class CapturePause {
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private long notRecordedAtPause;

    CapturePause(SessionTimeline timeline) {
        paused.addListener((o, old, now) -> {
            timeline.setPaused(now);
            if (now) {
                notRecordedAtPause = timeline.notRecorded();
                timeline.append(new TimelineEvent.Error("Capture paused: messages are counted but not recorded"));
            } else {
                timeline.append(new TimelineEvent.Error(String.format("Capture resumed: %,d messages were not recorded",
                        timeline.notRecorded() - notRecordedAtPause)));
            }
        });
    }

    BooleanProperty pausedProperty() {
        return paused;
    }
}
