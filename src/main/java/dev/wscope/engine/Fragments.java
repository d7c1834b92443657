package dev.wscope.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The fragments of the one data message being received, joined when its last fragment comes (RFC 6455
 * §5.4: fragments of two messages never interleave), and the one place the size limit is checked: a message
 * over it is dropped, a fragmented one as soon as its fragments pass it, and the rest of its fragments with it. Thread contract: the connection's reading
 * thread only (Tyrus delivers one connection's frames in order, one at a time).
 */
final class Fragments {
    private final long limit;
    private final List<byte[]> pieces = new ArrayList<>();
    private long size;
    private boolean dropping;

    Fragments(long limit) {
        this.limit = limit;
    }

    /** What taking in one fragment came to. */
    sealed interface Outcome {
        /** More fragments are to come. */
        record Pending() implements Outcome {
        }

        /** The message, all of it. */
        record Whole(byte[] payload) implements Outcome {
        }

        /**
         * The message passed the limit with this frame: it is dropped (reported once, with its size so far;
         * complete when that was its last frame, fragmented unless it came in one frame).
         */
        record OverLimit(long sizeSoFar, boolean complete, boolean fragmented) implements Outcome {
        }
    }

    private static final Outcome PENDING = new Outcome.Pending();

    Outcome add(byte[] piece, boolean last) {
        if (dropping) {
            dropping = !last;
            return PENDING;
        }
        if (last && pieces.isEmpty() && piece.length <= limit) {
            return new Outcome.Whole(piece); // a message in one frame, the usual case: nothing copied
        }
        boolean fragmented = !(last && pieces.isEmpty());
        size += piece.length;
        if (size > limit) {
            long sizeSoFar = size;
            reset();
            dropping = !last;
            return new Outcome.OverLimit(sizeSoFar, last, fragmented);
        }
        pieces.add(piece);
        if (!last) {
            return PENDING;
        }
        byte[] joined = new byte[(int) size];
        int at = 0;
        for (byte[] each : pieces) {
            System.arraycopy(each, 0, joined, at, each.length);
            at += each.length;
        }
        reset();
        return new Outcome.Whole(joined);
    }

    private void reset() {
        pieces.clear();
        size = 0;
    }
}
