package dev.wscope.core.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    private static final TimelineEntry BTC_IN = entry(TimelineEvent.Message.text(Direction.IN, "{\"symbol\":\"BTC-USD\",\"price\":97000}"));
    private static final TimelineEntry ETH_OUT = entry(TimelineEvent.Message.text(Direction.OUT, "subscribe ETH-USD"));
    private static final TimelineEntry CLOSED = entry(new TimelineEvent.Closed(1006, "", ClosedBy.NETWORK));

    private static TimelineEntry entry(TimelineEvent event) {
        return new TimelineEntry(1, 0, event);
    }

    private static Predicate<TimelineEntry> query(String text, boolean regex, boolean matchCase, Direction direction, String kind) {
        return new SearchQuery(text, regex, matchCase, direction, kind).toPredicate();
    }

    @Test
    void nothingAsked_meansNoFilter() {
        assertNull(query(" ", false, false, null, null));
    }

    @Test
    void words_allMustMatch_ignoringCaseUnlessAsked() {
        assertTrue(query("btc 97000", false, false, null, null).test(BTC_IN));
        assertFalse(query("btc eth", false, false, null, null).test(BTC_IN));
        assertFalse(query("btc", false, true, null, null).test(BTC_IN));
        assertTrue(query("BTC", false, true, null, null).test(BTC_IN));
        assertTrue(query("received", false, false, null, null).test(BTC_IN), "the kind word is searched too");
    }

    @Test
    void regularExpressions_andTheirMistakes() {
        assertTrue(query("\"price\":9\\d{4}", true, false, null, null).test(BTC_IN));
        assertFalse(query("^subscribe", true, false, null, null).test(BTC_IN));
        assertThrows(PatternSyntaxException.class, () -> query("(unclosed", true, false, null, null));
    }

    @Test
    void directionAndKind_narrowTheRows() {
        assertTrue(query("", false, false, Direction.OUT, null).test(ETH_OUT));
        assertFalse(query("", false, false, Direction.OUT, null).test(BTC_IN));
        assertTrue(query("", false, false, null, "closed").test(CLOSED));
        assertTrue(query("1006", false, false, null, "closed").test(CLOSED));
        assertFalse(query("usd", false, false, null, "closed").test(BTC_IN));
    }

    @Test
    void parallelScan_findsMatchesInTimelineOrder() {
        SessionTimeline timeline = new SessionTimeline();
        for (int i = 0; i < 50_000; i++) {
            timeline.append(TimelineEvent.Message.text(Direction.IN, i % 1000 == 0 ? "needle " + i : "hay " + i));
        }
        int[] found = ParallelScan.matching(timeline, 0, timeline.size(), query("NEEDLE", false, false, null, null));
        assertTrue(found.length == 50);
        for (int i = 0; i < found.length; i++) {
            assertTrue(found[i] == i * 1000, "in order: " + found[i]);
        }
    }
}
