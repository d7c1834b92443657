package dev.wscope.core.detail;

/** How a detail text is coloured. */
public enum Language {
    PLAIN, JSON, XML
}
