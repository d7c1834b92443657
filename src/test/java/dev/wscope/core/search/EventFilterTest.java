package dev.wscope.core.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.Header;
import dev.wscope.core.timeline.PayloadBudget;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.store.SpillFolder;
import dev.wscope.testing.Waits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-place search gives the answers of the search on built entries, on memory and on disk alike. */
class EventFilterTest {
    private static final String[] TEXTS = {
        "{\"symbol\":\"BTC-USD\",\"price\":97000}", "subscribe ETH-USD", "ſecret Kelvin \u212Aey", "Straße und Öl",
        "caf\u00e9 CAF\u00c9", "line one\nline two", "\u0130stanbul", "", "sent here", "received price 12"};

    private static SessionTimeline mixed(SessionTimeline timeline, int count) {
        for (int i = 0; i < count; i++) {
            if (i % 50 == 7) {
                timeline.append(new TimelineEvent.Closed(1000 + i % 12, "bye " + i, ClosedBy.SERVER));
            } else if (i % 50 == 9) {
                timeline.append(new TimelineEvent.HandshakeRequest("GET /x HTTP/1.1", List.of(new Header("Host", "price.example"))));
            } else if (i % 17 == 0) {
                timeline.append(TimelineEvent.Message.binary(Direction.IN, ("BTC binary " + i).getBytes()));
            } else {
                timeline.append(TimelineEvent.Message.text(i % 3 == 0 ? Direction.OUT : Direction.IN,
                        TEXTS[i % TEXTS.length] + " #" + i));
            }
        }
        return timeline;
    }

    private static final SearchQuery[] QUERIES = {
        new SearchQuery("btc", false, false, null, null),
        new SearchQuery("BTC price", false, true, null, null),
        new SearchQuery("usd", false, false, Direction.OUT, null),
        new SearchQuery("secret key", false, false, null, null), // long s and Kelvin sign, ignoring case
        new SearchQuery("STRASSE", false, false, null, null),
        new SearchQuery("café", false, false, null, null),
        new SearchQuery("istanbul", false, false, null, null),
        new SearchQuery("ÖL", false, false, null, "received"),
        new SearchQuery("sent", false, false, null, null),
        new SearchQuery("received 12", false, false, Direction.IN, null),
        new SearchQuery("price", false, false, null, "handshake-request"),
        new SearchQuery("bye", false, false, null, "closed"),
        new SearchQuery("", false, false, Direction.IN, "received"),
        new SearchQuery("^received \\{", true, false, null, null),
        new SearchQuery("line\\s+two", true, false, null, null),
        new SearchQuery("caf\u00c9", true, true, null, null),
        new SearchQuery("\u212Aey", true, false, null, null),
        new SearchQuery("base64", false, false, null, null),
    };

    private static void assertSameAnswers(SessionTimeline timeline) {
        for (SearchQuery query : QUERIES) {
            EventFilter filter = query.toPredicate();
            int[] expected = IntStream.range(0, timeline.size()).filter(i -> filter.test(timeline.get(i))).toArray();
            assertArrayEquals(expected, ParallelScan.matching(timeline, 0, timeline.size(), filter), query.toString());
        }
    }

    @Test
    void inPlace_answersAsOnBuiltEntries() {
        assertSameAnswers(mixed(new SessionTimeline(), 5_000));
    }

    @Test
    void caseAndUnicode_asStringsCompareThem() {
        SessionTimeline timeline = mixed(new SessionTimeline(), 100);
        int[] kelvin = ParallelScan.matching(timeline, 0, timeline.size(), QUERIES[3].toPredicate());
        assertTrue(kelvin.length > 0, "ſ is s and K is k, ignoring case");
        assertTrue(ParallelScan.matching(timeline, 0, timeline.size(), QUERIES[5].toPredicate()).length > 0);
    }

    @Test
    @Tag("stress")
    void payloadsOnDisk_areSearchedToo(@TempDir Path folder) throws Exception {
        SessionTimeline timeline = mixed(new SessionTimeline(new PayloadBudget(256 * 1024, new SpillFolder(folder))), 120_000);
        Waits.until("payload bytes in memory down to 3 blocks", timeline::payloadBytesInMemory,
                held -> held <= 3 * 256 * 1024, Duration.ofSeconds(60));
        assertTrue(timeline.payloadBytesOnDisk() > 2_000_000, "most payloads are on disk: " + timeline.payloadBytesOnDisk());
        assertSameAnswers(timeline);
        int[] found = ParallelScan.matching(timeline, 0, timeline.size(), new SearchQuery("#4321$", true, false, null, null)
                .toPredicate());
        assertEquals(1, found.length);
        assertEquals(4321, found[0], "the one message, read back from disk");
        timeline.discard();
    }
}
