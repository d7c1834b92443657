package dev.wscope.core.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bulk-edit text of a key/value list: one row a line, "Name: value" or "name=value". A line that
 * starts with "#" is a disabled row, so switching between table and text loses nothing.
 */
public final class KeyValueText {
    private KeyValueText() {
    }

    public static String format(List<KeyValue> rows, KeyValueKind kind) {
        StringBuilder text = new StringBuilder();
        for (KeyValue row : rows) {
            if (row.name().isEmpty() && row.value().isEmpty()) {
                continue;
            }
            if (!row.enabled()) {
                text.append('#');
            }
            text.append(row.name()).append(kind.separator()).append(row.value()).append('\n');
        }
        return text.toString();
    }

    public static List<KeyValue> parse(String text, KeyValueKind kind) {
        List<KeyValue> rows = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            boolean enabled = !trimmed.startsWith("#");
            String body = enabled ? trimmed : trimmed.substring(1).stripLeading();
            KeyValue row = parseRow(body, kind).orElse(KeyValue.of(body, ""));
            rows.add(new KeyValue(enabled, row.name(), row.value()));
        }
        return rows;
    }

    /**
     * One row given on its own, as a command-line option is: split at the first separator, or empty when there
     * is none (alone, "NoColon" is a slip, not a header with no value). No "#" and no line splitting here.
     */
    public static Optional<KeyValue> parseRow(String text, KeyValueKind kind) {
        String separator = kind.separator().strip();
        int at = text.indexOf(separator);
        if (at < 0) {
            return Optional.empty();
        }
        String value = text.substring(at + separator.length());
        return Optional.of(KeyValue.of(text.substring(0, at).strip(), kind == KeyValueKind.HEADERS ? value.strip() : value));
    }
}
