package dev.wscope.core.detail;

/**
 * An event in full, in pages: a 10 MiB JSON message or a 100 MiB binary one would freeze any text view
 * shown whole, so a view shows one page at a time and only ever builds the page it shows.
 */
public interface DetailDocument {
    int pageCount();

    /** Page index from 0 to pageCount() - 1. */
    DetailText page(int index);

    /** The whole text, for Copy; null where it would be too big to build (a big binary's dump). */
    String wholeText();
}
