package dev.wscope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wscope.ui.session.Drained;
import org.junit.jupiter.api.Test;

class BatchDrainerTest {
    @Test
    void aFloodsFirstBatch_waitsUntilAFloodsPauseAfterTheLastBatch() {
        assertEquals(200, BatchDrainer.waitBeforeDrain(50, 2_000));
        assertEquals(1, BatchDrainer.waitBeforeDrain(249, 150_000));
    }

    @Test
    void aFloodAfterAPause_andEveryTrickle_areTakenAtOnce() {
        assertEquals(0, BatchDrainer.waitBeforeDrain(250, 2_000));
        assertEquals(0, BatchDrainer.waitBeforeDrain(5_000, 150_000));
        assertEquals(0, BatchDrainer.waitBeforeDrain(0, 1_999));
        assertEquals(0, BatchDrainer.waitBeforeDrain(50, 0));
    }

    @Test
    void aBigBatch_bigInEventsOrInBytes_slowsTheNextOnes() {
        assertEquals(BatchDrainer.FLOOD_INTERVAL_MILLIS, BatchDrainer.intervalAfter(new Drained(2_000, 0)));
        assertEquals(BatchDrainer.FLOOD_INTERVAL_MILLIS, BatchDrainer.intervalAfter(new Drained(3, 4L << 20)));
        assertEquals(BatchDrainer.INTERVAL_MILLIS, BatchDrainer.intervalAfter(new Drained(1_999, (4L << 20) - 1)));
    }
}
