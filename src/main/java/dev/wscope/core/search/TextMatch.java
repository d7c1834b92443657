package dev.wscope.core.search;

/** What a search asks of an event's text: every word, or a regular expression. Thread contract: any thread, at once. */
interface TextMatch {
    /** On the text a search looks through (TimelineSearch.searchText). */
    boolean matches(String searchText);

    /** On a text message, its kind word and UTF-8 payload in place: the same answer as on "kind text". */
    boolean matchesText(String kind, byte[] utf8, int offset, int length);
}
