package dev.wscope.core.request;

import java.util.ArrayList;
import java.util.List;

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
        String separator = kind.separator().strip();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            boolean enabled = !trimmed.startsWith("#");
            String body = enabled ? trimmed : trimmed.substring(1).stripLeading();
            int at = body.indexOf(separator);
            if (at < 0) {
                rows.add(new KeyValue(enabled, body, ""));
            } else {
                String value = body.substring(at + separator.length());
                rows.add(new KeyValue(enabled, body.substring(0, at).strip(),
                        kind == KeyValueKind.HEADERS ? value.strip() : value));
            }
        }
        return rows;
    }
}
