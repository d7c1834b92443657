package dev.wscope.core.detail;

/** The full text of one event for the detail pane, and how to colour it. */
public record DetailText(String text, Language language) {
}
