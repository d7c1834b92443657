package dev.wscope.core.request;

import java.util.Optional;

/**
 * The three key/value lists of a request, each with its bulk-text separator ("Name: value" for headers,
 * "name=value" for params and cookies) and its rule for what may be sent.
 */
public enum KeyValueKind {
    PARAMS("=", "param") {
        @Override
        public Optional<String> check(KeyValue row) {
            return row.name().isEmpty() && !row.value().isEmpty()
                    ? Optional.of("A query parameter needs a name") : Optional.empty();
        }
    },
    HEADERS(": ", "header") {
        @Override
        public Optional<String> check(KeyValue row) {
            return HeaderRules.checkName(row.name()).or(() -> HeaderRules.checkValue(row.name(), row.value()));
        }
    },
    COOKIES("=", "cookie") {
        @Override
        public Optional<String> check(KeyValue row) {
            return HeaderRules.checkCookie(row.name(), row.value());
        }
    };

    private final String separator;
    private final String noun;

    KeyValueKind(String separator, String noun) {
        this.separator = separator;
        this.noun = noun;
    }

    /** Empty when the row may be sent as it is; else what is wrong with it. */
    public abstract Optional<String> check(KeyValue row);

    public String separator() {
        return separator;
    }

    /** What one row is called in words: "header", "param", "cookie". */
    public String noun() {
        return noun;
    }
}
