package dev.wscope.core.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PayloadBlocksTest {
    private final PayloadBlocks blocks = new PayloadBlocks(new Spiller(PayloadBudget.unlimited(), (block, out) -> { }, problem -> { }));
    private int index;

    @Test
    void anEmptyPayloadFirst_isStoredAndReadBack() {
        long location = blocks.store(new byte[0], index++);
        assertArrayEquals(new byte[0], blocks.read(location, 0));
    }

    @Test
    void payloadsAcrossBlockBoundaries_readBackExactly() {
        Random random = new Random(42);
        List<byte[]> stored = new ArrayList<>();
        List<Long> locations = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            byte[] payload = new byte[random.nextInt(PayloadBlocks.OWN_ARRAY_BYTES)];
            random.nextBytes(payload);
            stored.add(payload);
            locations.add(blocks.store(payload, index++));
        }
        for (int i = 0; i < stored.size(); i++) {
            assertArrayEquals(stored.get(i), blocks.read(locations.get(i), stored.get(i).length), "payload " + i);
        }
    }

    @Test
    void aBigPayload_keepsItsOwnArray() {
        byte[] big = new byte[PayloadBlocks.OWN_ARRAY_BYTES];
        long location = blocks.store(big, index++);
        assertSame(big, blocks.read(location, big.length));
        byte[] small = {1, 2, 3};
        assertArrayEquals(small, blocks.read(blocks.store(small, index++), 3));
    }

    @Test
    void theTimeline_givesBackMessagesAsRecorded_withCounts() {
        SessionTimeline timeline = new SessionTimeline(() -> 5L);
        timeline.append(TimelineEvent.Message.text(Direction.OUT, ""));
        timeline.append(TimelineEvent.Message.binary(Direction.IN, new byte[] {0, -1}));
        timeline.append(new TimelineEvent.Error("between"));
        timeline.append(TimelineEvent.Message.text(Direction.IN, "é"));
        assertEquals("sent", timeline.get(0).event().kind());
        assertArrayEquals(new byte[] {0, -1}, ((TimelineEvent.Message) timeline.get(1).event()).payload());
        assertEquals("between", ((TimelineEvent.Error) timeline.get(2).event()).message());
        assertEquals("é", ((TimelineEvent.Message) timeline.get(3).event()).text());
        assertEquals(2, timeline.messagesIn());
        assertEquals(1, timeline.messagesOut());
        assertEquals(timeline.get(3), timeline.get(3), "entries built twice are equal");
    }
}
