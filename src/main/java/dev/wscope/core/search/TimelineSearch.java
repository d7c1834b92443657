package dev.wscope.core.search;

import dev.wscope.core.timeline.EventText;
import dev.wscope.core.timeline.Header;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/** The timeline filter: keeps events whose text holds every word of the query, ignoring case. */
public final class TimelineSearch {
    private TimelineSearch() {
    }

    /** Null for a blank query (nothing to filter). */
    public static Predicate<TimelineEntry> matcher(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        String[] needed = Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (needed.length == 0) {
            return null;
        }
        return entry -> {
            String haystack = searchText(entry.event()).toLowerCase(Locale.ROOT);
            for (String word : needed) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** What a search looks through: the kind word, and the full text of the event. */
    static String searchText(TimelineEvent event) {
        StringBuilder text = new StringBuilder(event.kind()).append(' ');
        if (event instanceof TimelineEvent.Message message && !message.binary()) {
            text.append(message.text());
        } else if (event instanceof TimelineEvent.HandshakeRequest request) {
            text.append(request.line()).append(' ');
            request.headers().forEach(h -> appendHeader(text, h));
        } else if (event instanceof TimelineEvent.HandshakeResponse response) {
            text.append(response.status()).append(' ').append(response.reason()).append(' ');
            response.headers().forEach(h -> appendHeader(text, h));
        } else {
            text.append(EventText.preview(event, Integer.MAX_VALUE));
        }
        return text.toString();
    }

    private static void appendHeader(StringBuilder text, Header header) {
        text.append(header.name()).append(": ").append(header.value()).append(' ');
    }
}
