package dev.wscope.engine;

import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.Waits;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Bounded waits on a session timeline for integration tests: poll until an event comes, or fail with the timeline. */
public final class TimelineWait {
    /** Long enough for a slow CI machine, short enough that a hang fails the test rather than the build. */
    public static final Duration DEFAULT = Duration.ofSeconds(20);

    private TimelineWait() {
    }

    /** The first event of this type that matches, waiting up to the deadline; fails with the timeline so far. */
    public static <T extends TimelineEvent> T await(SessionTimeline timeline, Class<T> type, Predicate<T> matches,
                                                    Duration timeout) {
        AtomicReference<T> found = new AtomicReference<>();
        int[] checked = {0};
        BooleanSupplier matched = () -> {
            for (int size = timeline.size(); checked[0] < size && found.get() == null; checked[0]++) {
                TimelineEvent event = timeline.get(checked[0]).event();
                if (type.isInstance(event) && matches.test(type.cast(event))) {
                    found.set(type.cast(event));
                }
            }
            return found.get() != null;
        };
        withTimeline(timeline, () -> Waits.until("a " + type.getSimpleName() + " event that matches", matched, timeout));
        return found.get();
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
        withTimeline(timeline, () -> Waits.until(count + " " + type.getSimpleName() + " events that match",
                () -> events(timeline, type, matches).size() >= count, timeout));
        return events(timeline, type, matches);
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

    /** Runs a wait; its failure also shows the timeline so far, which says why the awaited event never came. */
    private static void withTimeline(SessionTimeline timeline, Runnable wait) {
        try {
            wait.run();
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; timeline:\n" + describe(timeline), e.getCause());
        }
    }
}
