package dev.wscope.ui.timeline;

import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
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
    /** Below this timeline index the filter's matches are all known; past it a background search is still at work. */
    private int scannedTo;
    private TopInserts topInserts = TopInserts.NONE;

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
        end = Math.max(end, timelineSize);
        if (filter != null && scannedTo >= 0) {
            scanUpTo(end);
        }
        fireAdded(before);
    }

    private void scanUpTo(int limit) {
        for (int index = scannedTo; index < limit; index++) {
            if (filter.test(timeline.get(index))) {
                addMatch(index);
            }
        }
        scannedTo = limit;
    }

    private void fireAdded(int before) {
        int added = size() - before;
        if (added <= 0) {
            return;
        }
        if (!newestFirst) {
            beginChange();
            nextAdd(before, before + added);
            endChange();
            return;
        }
        topInserts.before();
        beginChange();
        nextAdd(0, added);
        endChange();
        topInserts.after(added);
    }

    /** Told just before and just after a batch of rows goes in at the top (newest first); the list's listeners run between. */
    public interface TopInserts {
        TopInserts NONE = new TopInserts() { };

        default void before() {
        }

        default void after(int added) {
        }
    }

    public void aroundTopInserts(TopInserts listener) {
        topInserts = listener;
    }

    /**
     * Starts filtering with matches found elsewhere (a background search): the rows empty, then fill as
     * {@link #addMatches} brings them in order. Returns the range to search: [first, until).
     */
    public int[] startFilter(Predicate<TimelineEntry> filter) {
        reset(() -> {
            this.filter = filter;
            matchCount = 0;
            scannedTo = -1; // events arriving meanwhile wait until the background search has caught up
        });
        return new int[] {start, end};
    }

    /**
     * Takes the next matches of a background search (ascending indices up to searchedTo). When the search
     * reaches `until`, events that arrived meanwhile are filtered here, and live filtering resumes.
     */
    public void addMatches(int[] indices, int searchedTo, boolean last) {
        int before = size();
        for (int index : indices) {
            addMatch(index);
        }
        if (last) {
            scannedTo = searchedTo;
            scanUpTo(end);
        }
        fireAdded(before);
    }

    public void setNewestFirst(boolean newestFirst) {
        if (this.newestFirst != newestFirst) {
            int[] kept = matches; // only the order changes: the matches stay as they are
            reset(() -> {
                matches = kept;
                this.newestFirst = newestFirst;
            });
        }
    }

    /** Keeps only entries the predicate accepts; null shows all. */
    public void setFilter(Predicate<TimelineEntry> filter) {
        reset(() -> {
            this.filter = filter;
            matchCount = 0;
            scannedTo = start;
            if (filter != null) {
                scanUpTo(end);
            }
        });
    }

    /** The timeline indexes of the rows on show, oldest first: what a filter kept, after what Clear hid. */
    public int[] shownIndexes() {
        if (filter != null) {
            return Arrays.copyOf(matches, matchCount);
        }
        int[] shown = new int[end - start];
        Arrays.setAll(shown, i -> start + i);
        return shown;
    }

    /** Hides everything recorded so far (the session keeps it: the timeline is append-only). */
    public void clear() {
        reset(() -> {
            start = end;
            matchCount = 0;
            scannedTo = scannedTo < 0 ? scannedTo : end;
        });
    }

    private List<TimelineEntry> snapshotView() {
        int oldSize = size();
        int oldStart = start;
        boolean oldNewestFirst = newestFirst;
        int[] oldMatches = filter == null ? null : matches;
        return new AbstractList<>() {
            @Override
            public TimelineEntry get(int row) {
                int position = oldNewestFirst ? oldSize - 1 - row : row;
                return timeline.get(oldMatches == null ? oldStart + position : oldMatches[position]);
            }

            @Override
            public int size() {
                return oldSize;
            }
        };
    }

    private void addMatch(int index) {
        if (matchCount == matches.length) {
            matches = Arrays.copyOf(matches, Math.max(1024, matches.length * 2));
        }
        matches[matchCount++] = index;
    }

    /**
     * Replaces every row. The removed rows are a view of the old state (never a copy: a million rows would
     * each be built), which stays valid because a mutation gives the filter a fresh matches array.
     */
    private void reset(Runnable mutation) {
        List<TimelineEntry> removed = snapshotView();
        matches = new int[0];
        mutation.run();
        if (!removed.isEmpty() || size() > 0) {
            // fired as one change of our own: the change builder's nextRemove copies every removed row, which
            // for a filter typed over 3.3 million events built them all at each keystroke (200 ms a key)
            fireChange(new Replacement(this, removed, size()));
        }
    }

    /** Every row replaced at once; the removed rows are a view, never copied. */
    private static final class Replacement extends ListChangeListener.Change<TimelineEntry> {
        private final List<TimelineEntry> removed;
        private final int added;
        private boolean onChange;

        Replacement(TimelineRows list, List<TimelineEntry> removed, int added) {
            super(list);
            this.removed = removed;
            this.added = added;
        }

        @Override
        public boolean next() {
            if (onChange) {
                return false;
            }
            onChange = true;
            return true;
        }

        @Override
        public void reset() {
            onChange = false;
        }

        @Override
        public int getFrom() {
            return 0;
        }

        @Override
        public int getTo() {
            return added;
        }

        @Override
        public List<TimelineEntry> getRemoved() {
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }
}
