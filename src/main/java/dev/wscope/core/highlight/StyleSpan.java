package dev.wscope.core.highlight;

/** A run of characters and the style class it gets; null style means plain text. */
public record StyleSpan(int length, String style) {
}
