package dev.wscope.core.search;

import dev.wscope.core.timeline.Direction;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What the timeline filter keeps: events whose text holds every word (or matches the regular expression),
 * ignoring case unless asked, of one direction and one kind when those are chosen (null: any).
 */
public record SearchQuery(String text, boolean regex, boolean caseSensitive, Direction direction, String kind) {

    /** Null when nothing is asked (show every event); throws PatternSyntaxException for a bad expression. */
    public EventFilter toPredicate() {
        TextMatch textMatch = textMatch();
        if (textMatch == null && direction == null && kind == null) {
            return null;
        }
        return new EventFilter(direction, kind, textMatch);
    }

    private TextMatch textMatch() {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (regex) {
            return new RegexMatch(Pattern.compile(text, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        String[] words = Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        return new WordsMatch(words, caseSensitive);
    }
}
