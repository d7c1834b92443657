package dev.wscope.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import org.junit.jupiter.api.Test;

class TrafficMeterTest {
    private static final long MS = 1_000_000L;
    private final SessionTimeline timeline = new SessionTimeline();
    private final TrafficMeter meter = new TrafficMeter();

    private void receive(int messages, int size) {
        for (int i = 0; i < messages; i++) {
            timeline.appendReceived(false, new byte[size]);
        }
    }

    @Test
    void beforeAnyTraffic_everythingReadsZero() {
        assertEquals("↓ 0 msg/s 0 B/s  ↑ 0 msg/s 0 B/s · totals ↓ 0 (0 B) ↑ 0 (0 B)", meter.textProperty().get());
    }

    @Test
    void ratesAreWorkedOutOverHalfASecond_fromWhatArrivedSinceTheLastReading() {
        receive(10, 100); // before the first reading: in the totals, not in a rate
        meter.update(timeline, 1_000 * MS);
        receive(300, 100);
        timeline.append(TimelineEvent.Message.text(Direction.OUT, "hello"));
        meter.update(timeline, 1_600 * MS);
        assertEquals("↓ 500 msg/s 48.8 KiB/s  ↑ 2 msg/s 8 B/s · totals ↓ 310 (30.3 KiB) ↑ 1 (5 B)",
                meter.textProperty().get());
    }

    @Test
    void totalsFollowEveryBatch_whileTheRatesWaitForTheirHalfSecond() {
        meter.update(timeline, 1_000 * MS);
        receive(2_000, 10);
        meter.update(timeline, 1_250 * MS); // a flood's batch a quarter second on: the rows show 2,000 messages
        assertEquals("↓ 0 msg/s 0 B/s  ↑ 0 msg/s 0 B/s · totals ↓ 2,000 (19.5 KiB) ↑ 0 (0 B)", meter.textProperty().get());
        receive(2_000, 10);
        meter.update(timeline, 1_500 * MS);
        assertEquals("↓ 8,000 msg/s 78.1 KiB/s  ↑ 0 msg/s 0 B/s · totals ↓ 4,000 (39.1 KiB) ↑ 0 (0 B)",
                meter.textProperty().get());
    }

    @Test
    void messagesNotRecordedWhilePaused_areCountedAndSaidSo() {
        meter.update(timeline, 1_000 * MS);
        timeline.setPaused(true);
        receive(1_234, 1);
        meter.update(timeline, 1_100 * MS);
        assertEquals("↓ 0 msg/s 0 B/s  ↑ 0 msg/s 0 B/s · totals ↓ 1,234 (1.2 KiB) ↑ 0 (0 B) · 1,234 not recorded (paused)",
                meter.textProperty().get());
    }
}
