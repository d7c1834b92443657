package dev.wscope.engine;

import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Bounded waits on a session timeline for integration tests: poll until a condition holds or a deadline passes. */
public final class TimelineWait {
    /** Long enough for a slow CI machine, short enough that a hang fails the test rather than the build. */
    public static final Duration DEFAULT = Duration.ofSeconds(20);

    private TimelineWait() {
    }

    /** The first event of this type that matches, waiting up to the deadline; fails with the timeline so far. */
    public static <T extends TimelineEvent> T await(SessionTimeline timeline, Class<T> type, Predicate<T> matches,
                                                    Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            int size = timeline.size();
            for (; checked < size; checked++) {
                TimelineEvent event = timeline.get(checked).event();
                if (type.isInstance(event) && matches.test(type.cast(event))) {
                    return type.cast(event);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + type.getSimpleName() + " event matched within " + timeout
                        + "; timeline:\n" + describe(timeline));
            }
            pause();
        }
    }

    public static <T extends TimelineEvent> T await(SessionTimeline timeline, Class<T> type, Predicate<T> matches) {
        return await(timeline, type, matches, DEFAULT);
    }

    public static <T extends TimelineEvent> T await(SessionTimeline timeline, Class<T> type) {
        return await(timeline, type, event -> true, DEFAULT);
    }

    /** Waits until at least count events of the type are on the timeline, then returns them all in order. */
    public static <T extends TimelineEvent> List<T> awaitCount(SessionTimeline timeline, Class<T> type,
                                                               Predicate<T> matches, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<T> found = events(timeline, type, matches);
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(found.size() + " of " + count + " " + type.getSimpleName()
                        + " events within " + timeout + "; timeline:\n" + describe(timeline));
            }
            pause();
        }
    }

    public static <T extends TimelineEvent> List<T> events(SessionTimeline timeline, Class<T> type,
                                                           Predicate<T> matches) {
        return timeline.all().stream().map(TimelineEntry::event).filter(type::isInstance).map(type::cast)
                .filter(matches).toList();
    }

    public static <T extends TimelineEvent> List<T> events(SessionTimeline timeline, Class<T> type) {
        return events(timeline, type, event -> true);
    }

    public static String describe(SessionTimeline timeline) {
        return timeline.all().stream()
                .map(entry -> entry.seq() + " " + entry.event().kind() + " " + abbreviate(entry.event()))
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(TimelineEvent event) {
        if (event instanceof TimelineEvent.Message message) {
            return (message.binary() ? "binary " : "text ") + message.payload().length + " bytes";
        }
        String text = event.toString();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting on the timeline", e);
        }
    }
}
