package dev.wscope.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class FragmentsTest {
    private final Fragments fragments = new Fragments(10);

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void aMessageInOneFrame_isHandedOnAsItsOwnArray() {
        byte[] frame = bytes(1, 2, 3);
        Fragments.Outcome.Whole whole = assertInstanceOf(Fragments.Outcome.Whole.class, fragments.add(frame, true));
        assertSame(frame, whole.payload());
    }

    @Test
    void aMessageInOneFrameOverTheLimit_isDropped_andSaidToHaveComeWhole() {
        Fragments.Outcome.OverLimit over = assertInstanceOf(Fragments.Outcome.OverLimit.class,
                fragments.add(new byte[11], true));
        assertEquals(11, over.sizeSoFar());
        assertEquals(true, over.complete());
        assertEquals(false, over.fragmented());
        assertInstanceOf(Fragments.Outcome.Whole.class, fragments.add(new byte[10], true), "the next one is fresh");
    }

    @Test
    void fragments_areJoinedInOrderWhenTheLastComes() {
        assertInstanceOf(Fragments.Outcome.Pending.class, fragments.add(bytes(1, 2), false));
        assertInstanceOf(Fragments.Outcome.Pending.class, fragments.add(bytes(), false));
        assertInstanceOf(Fragments.Outcome.Pending.class, fragments.add(bytes(3), false));
        Fragments.Outcome.Whole whole = assertInstanceOf(Fragments.Outcome.Whole.class, fragments.add(bytes(4, 5), true));
        assertArrayEquals(bytes(1, 2, 3, 4, 5), whole.payload());
        byte[] next = bytes(9);
        assertSame(next, ((Fragments.Outcome.Whole) fragments.add(next, true)).payload(), "nothing left over");
    }

    @Test
    void exactlyTheLimitInFragments_isWhole() {
        fragments.add(new byte[6], false);
        assertEquals(10, ((Fragments.Outcome.Whole) fragments.add(new byte[4], true)).payload().length);
    }

    @Test
    void passingTheLimitMidMessage_dropsItAndItsLaterFragments_thenTheNextMessageArrives() {
        fragments.add(new byte[6], false);
        Fragments.Outcome.OverLimit over = assertInstanceOf(Fragments.Outcome.OverLimit.class,
                fragments.add(new byte[5], false));
        assertEquals(11, over.sizeSoFar());
        assertEquals(false, over.complete());
        assertEquals(true, over.fragmented());
        assertInstanceOf(Fragments.Outcome.Pending.class, fragments.add(new byte[100], false), "reported once");
        assertInstanceOf(Fragments.Outcome.Pending.class, fragments.add(new byte[1], true), "its last fragment");
        assertArrayEquals(bytes(7, 8), ((Fragments.Outcome.Whole) fragments.add(bytes(7, 8), true)).payload());
    }

    @Test
    void passingTheLimitWithTheLastFragment_saysTheMessageIsComplete() {
        fragments.add(new byte[8], false);
        Fragments.Outcome.OverLimit over = (Fragments.Outcome.OverLimit) fragments.add(new byte[3], true);
        assertEquals(11, over.sizeSoFar());
        assertEquals(true, over.complete());
        assertEquals(true, over.fragmented());
        assertSame(Fragments.Outcome.Whole.class, fragments.add(bytes(1), true).getClass(), "the next one is fresh");
    }
}
