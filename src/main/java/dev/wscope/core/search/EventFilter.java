package dev.wscope.core.search;

import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.EntryTest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The events a SearchQuery keeps. As a Predicate it tests entries; {@link #matches(SessionTimeline, int)} tests
 * the timeline's columns in place, direction and kind first, so a search over a million messages builds no
 * entry and copies no payload (ParallelScan uses it). Both give the same answers.
 * Thread contract: immutable, any thread, several at once.
 */
public final class EventFilter implements Predicate<TimelineEntry>, EntryTest {
    private final Direction direction;
    private final String kind;
    private final TextMatch text;

    EventFilter(Direction direction, String kind, TextMatch text) {
        this.direction = direction;
        this.kind = kind;
        this.text = text;
    }

    public boolean matches(SessionTimeline timeline, int index) {
        return timeline.test(index, this);
    }

    @Override
    public boolean test(TimelineEntry entry) {
        TimelineEvent event = entry.event();
        if (event instanceof TimelineEvent.Message message) {
            byte[] payload = message.payload();
            return wants(message.direction(), message.kind())
                    && message(message.direction(), message.binary(), message.kind(), payload, 0, payload.length);
        }
        return event(event);
    }

    /**
     * Whether the entry, of the direction and kind asked, holds the text in words of its own beside its payload (a
     * protocol's summary: an event's name, a destination, a channel, an operation the frame itself names by id).
     */
    public boolean matchesWords(TimelineEntry entry, String words) {
        TimelineEvent event = entry.event();
        return wants(event.direction(), event.kind()) && (text == null || text.matches(words));
    }

    @Override
    public boolean wants(Direction direction, String kind) {
        return (this.direction == null || this.direction == direction) && (this.kind == null || this.kind.equals(kind));
    }

    @Override
    public boolean message(Direction direction, boolean binary, String kind, byte[] bytes, int offset, int length) {
        if (text == null) {
            return true;
        }
        if (binary) { // searched by its preview, as any other event
            byte[] payload = Arrays.copyOfRange(bytes, offset, offset + length);
            return text.matches(TimelineSearch.searchText(TimelineEvent.Message.binary(direction, payload)));
        }
        return text.matchesText(kind, bytes, offset, length);
    }

    @Override
    public boolean event(TimelineEvent event) {
        return wants(event.direction(), event.kind()) && (text == null || text.matches(TimelineSearch.searchText(event)));
    }
}
