package dev.wscope.core.search;

import dev.wscope.core.timeline.EventText;
import dev.wscope.core.timeline.Header;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.function.Predicate;

/** The text a search looks through, and the plain every-word filter. */
public final class TimelineSearch {
    private TimelineSearch() {
    }

    /** Every word, ignoring case; null for a blank query (nothing to filter). */
    public static Predicate<TimelineEntry> matcher(String query) {
        return new SearchQuery(query, false, false, null, null).toPredicate();
    }

    /** What a search looks through: the kind word, and the full text of the event. */
    public static String searchText(TimelineEvent event) {
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
