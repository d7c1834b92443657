package dev.wscope.core.timeline;

/** One HTTP header line as it was sent or received: name as written, value as is. */
public record Header(String name, String value) {
}
