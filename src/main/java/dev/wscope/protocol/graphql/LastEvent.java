package dev.wscope.protocol.graphql;

import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.Optional;

/**
 * The latest event of a kind on a timeline. The engine appends the open event just before it tells the driver the
 * connection opened, and the closed event just before it tells it the connection closed (the port passes neither),
 * so the one wanted is among the last few entries and the walk back is short.
 */
final class LastEvent {
    private LastEvent() {
    }

    static <T extends TimelineEvent> Optional<T> of(SessionTimeline timeline, Class<T> kind) {
        for (int index = timeline.size() - 1; index >= 0; index--) {
            TimelineEvent event = timeline.get(index).event();
            if (kind.isInstance(event)) {
                return Optional.of(kind.cast(event));
            }
        }
        return Optional.empty();
    }
}
