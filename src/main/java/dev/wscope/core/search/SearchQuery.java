package dev.wscope.core.search;

import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.TimelineEntry;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the timeline filter keeps: events whose text holds every word (or matches the regular expression),
 * ignoring case unless asked, of one direction and one kind when those are chosen (null: any).
 */
public record SearchQuery(String text, boolean regex, boolean caseSensitive, Direction direction, String kind) {

    /** Null when nothing is asked (show every event); throws PatternSyntaxException for a bad expression. */
    public Predicate<TimelineEntry> toPredicate() {
        Predicate<TimelineEntry> textTest = textPredicate();
        if (textTest == null && direction == null && kind == null) {
            return null;
        }
        return entry -> (direction == null || entry.event().direction() == direction)
                && (kind == null || entry.event().kind().equals(kind))
                && (textTest == null || textTest.test(entry));
    }

    private Predicate<TimelineEntry> textPredicate() {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (regex) {
            Pattern pattern = Pattern.compile(text, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return entry -> pattern.matcher(TimelineSearch.searchText(entry.event())).find();
        }
        String[] words = Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        return entry -> containsAll(TimelineSearch.searchText(entry.event()), words);
    }

    private boolean containsAll(String haystack, String[] words) {
        for (String word : words) {
            if (!contains(haystack, word)) {
                return false;
            }
        }
        return true;
    }

    /** Without lower-casing a copy of every event: regionMatches compares in place. */
    private boolean contains(String haystack, String word) {
        if (caseSensitive) {
            return haystack.contains(word);
        }
        int last = haystack.length() - word.length();
        for (int i = 0; i <= last; i++) {
            if (haystack.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
