package dev.wscope.core.request;

/** One row of a params, headers or cookies editor. Disabled rows are kept but not sent. */
public record KeyValue(boolean enabled, String name, String value) {
    public KeyValue {
        name = name == null ? "" : name;
        value = value == null ? "" : value;
    }

    public static KeyValue of(String name, String value) {
        return new KeyValue(true, name, value);
    }
}
