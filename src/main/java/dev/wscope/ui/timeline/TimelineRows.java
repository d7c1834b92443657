package dev.wscope.ui.timeline;

import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import javafx.collections.ObservableListBase;

/**
 * The timeline's rows as an observable list that copies nothing: a window onto the session timeline,
 * newest first or oldest first, optionally filtered (then it keeps only the matching indices). New events
 * arrive in batches through {@link #advanceTo}. FX thread only.
 */
public final class TimelineRows extends ObservableListBase<TimelineEntry> {
    private final SessionTimeline timeline;
    private int start;
    private int end;
    private boolean newestFirst = true;
    private Predicate<TimelineEntry> filter;
    private int[] matches = new int[0];
    private int matchCount;

    public TimelineRows(SessionTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public int size() {
        return filter == null ? end - start : matchCount;
    }

    @Override
    public TimelineEntry get(int row) {
        int size = size();
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException(row + " of " + size);
        }
        int position = newestFirst ? size - 1 - row : row;
        return timeline.get(filter == null ? start + position : matches[position]);
    }

    /** Takes in the events recorded up to a timeline size, as one change. */
    public void advanceTo(int timelineSize) {
        int before = size();
        for (int index = end; filter != null && index < timelineSize; index++) {
            if (filter.test(timeline.get(index))) {
                addMatch(index);
            }
        }
        end = Math.max(end, timelineSize);
        int added = size() - before;
        if (added > 0) {
            beginChange();
            if (newestFirst) {
                nextAdd(0, added);
            } else {
                nextAdd(before, before + added);
            }
            endChange();
        }
    }

    public boolean isNewestFirst() {
        return newestFirst;
    }

    public void setNewestFirst(boolean newestFirst) {
        if (this.newestFirst != newestFirst) {
            reset(() -> this.newestFirst = newestFirst);
        }
    }

    /** Keeps only entries the predicate accepts; null shows all. */
    public void setFilter(Predicate<TimelineEntry> filter) {
        reset(() -> {
            this.filter = filter;
            matchCount = 0;
            for (int index = start; filter != null && index < end; index++) {
                if (filter.test(timeline.get(index))) {
                    addMatch(index);
                }
            }
        });
    }

    /** Hides everything recorded so far (the session keeps it: the timeline is append-only). */
    public void clear() {
        reset(() -> {
            start = end;
            matchCount = 0;
        });
    }

    private void addMatch(int index) {
        if (matchCount == matches.length) {
            matches = Arrays.copyOf(matches, Math.max(1024, matches.length * 2));
        }
        matches[matchCount++] = index;
    }

    private void reset(Runnable mutation) {
        List<TimelineEntry> removed = new ArrayList<>(this);
        mutation.run();
        beginChange();
        nextRemove(0, removed);
        nextAdd(0, size());
        endChange();
    }
}
