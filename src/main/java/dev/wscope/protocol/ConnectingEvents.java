package dev.wscope.protocol;

import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.EntryTest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;

/**
 * Finds a connecting event at an index without building the entry or reading a message's payload, so scanning a
 * flood for the rare connection attempts costs a few column reads a message. One thread at a time.
 */
final class ConnectingEvents implements EntryTest {
    private TimelineEvent.Connecting found;

    /** The connecting event at the index, or null for any other entry. */
    TimelineEvent.Connecting at(SessionTimeline timeline, int index) {
        found = null;
        timeline.test(index, this);
        return found;
    }

    @Override
    public boolean wants(Direction direction, String kind) {
        return false;
    }

    @Override
    public boolean message(Direction direction, boolean binary, String kind, byte[] bytes, int offset, int length) {
        return false;
    }

    @Override
    public boolean event(TimelineEvent event) {
        if (event instanceof TimelineEvent.Connecting connecting) {
            found = connecting;
        }
        return false;
    }
}
