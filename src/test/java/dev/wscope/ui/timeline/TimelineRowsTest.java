package dev.wscope.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wscope.core.search.TimelineSearch;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class TimelineRowsTest {
    private final SessionTimeline timeline = new SessionTimeline(() -> 0L);
    private final TimelineRows rows = new TimelineRows(timeline);

    private void receive(String... texts) {
        for (String text : texts) {
            timeline.append(TimelineEvent.Message.text(Direction.IN, text));
        }
    }

    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (TimelineEntry entry : rows) {
            texts.add(((TimelineEvent.Message) entry.event()).text());
        }
        return texts;
    }

    @Test
    void newestFirst_isTheDefault_andABatchArrivesAsOneChangeAtTheTop() {
        receive("a", "b");
        rows.advanceTo(timeline.size());
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<TimelineEntry>) c -> {
            while (c.next()) {
                changes.add("add " + c.getFrom() + ".." + c.getTo());
            }
        });
        receive("c", "d", "e");
        rows.advanceTo(timeline.size());
        assertEquals(List.of("e", "d", "c", "b", "a"), texts());
        assertEquals(List.of("add 0..3"), changes);
    }

    @Test
    void oldestFirst_appendsAtTheEnd() {
        receive("a", "b");
        rows.setNewestFirst(false);
        rows.advanceTo(timeline.size());
        receive("c");
        rows.advanceTo(timeline.size());
        assertEquals(List.of("a", "b", "c"), texts());
    }

    @Test
    void filter_keepsMatchingRows_includingOnesThatArriveLater() {
        receive("price BTC 97000", "price ETH 3100", "heartbeat");
        rows.advanceTo(timeline.size());
        rows.setFilter(TimelineSearch.matcher("PRICE btc"));
        assertEquals(List.of("price BTC 97000"), texts());
        receive("price BTC 97001", "price SOL 180");
        rows.advanceTo(timeline.size());
        assertEquals(List.of("price BTC 97001", "price BTC 97000"), texts());
        rows.setFilter(null);
        assertEquals(5, rows.size());
    }

    @Test
    void clear_hidesWhatWasThere_andShowsWhatComesNext() {
        receive("old");
        rows.advanceTo(timeline.size());
        rows.clear();
        assertEquals(0, rows.size());
        receive("new");
        rows.advanceTo(timeline.size());
        assertEquals(List.of("new"), texts());
        assertEquals(2, timeline.size(), "the session keeps everything");
    }

    @Test
    void aBackgroundSearch_fillsInOrder_andEventsArrivingMeanwhileFollowIt() {
        receive("match 1", "other", "match 2");
        rows.advanceTo(timeline.size());
        int[] range = rows.startFilter(TimelineSearch.matcher("match"));
        assertEquals(0, rows.size(), "empty until results arrive");
        receive("match 3 (arrived during the search)");
        rows.advanceTo(timeline.size());
        assertEquals(0, rows.size(), "new events wait for the search to catch up");
        rows.addMatches(new int[] {0}, 1, false);
        assertEquals(List.of("match 1"), texts());
        rows.addMatches(new int[] {2}, range[1], true);
        assertEquals(List.of("match 3 (arrived during the search)", "match 2", "match 1"), texts());
        receive("match 4", "no");
        rows.advanceTo(timeline.size());
        assertEquals(4, rows.size(), "live filtering resumed");
    }

    @Test
    void changingTheOrder_whileFiltered_keepsTheMatches_andLiveRowsKeepComing() {
        receive("match a", "no", "match b");
        rows.advanceTo(timeline.size());
        rows.setFilter(TimelineSearch.matcher("match"));
        rows.setNewestFirst(false);
        assertEquals(List.of("match a", "match b"), texts());
        receive("match c");
        rows.advanceTo(timeline.size());
        assertEquals(List.of("match a", "match b", "match c"), texts());
        rows.setNewestFirst(true);
        assertEquals(List.of("match c", "match b", "match a"), texts());
    }
}
