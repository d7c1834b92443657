package dev.wscope.core.request;

import java.util.ArrayList;
import java.util.List;

/** Keeps the params table and the address's query in step, as text (values stay as the user typed them). */
public final class QueryString {
    private QueryString() {
    }

    public static List<KeyValue> paramsOf(String url) {
        List<KeyValue> params = new ArrayList<>();
        int start = url.indexOf('?');
        if (start < 0) {
            return params;
        }
        int end = url.indexOf('#', start);
        String query = url.substring(start + 1, end < 0 ? url.length() : end);
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.add(eq < 0 ? KeyValue.of(pair, "") : KeyValue.of(pair.substring(0, eq), pair.substring(eq + 1)));
        }
        return params;
    }

    /** The address with its query replaced by the enabled rows (none: no "?" at all). */
    public static String withParams(String url, List<KeyValue> params) {
        int start = url.indexOf('?');
        int hash = url.indexOf('#', Math.max(start, 0));
        String base = start >= 0 ? url.substring(0, start) : hash >= 0 ? url.substring(0, hash) : url;
        String fragment = hash >= 0 ? url.substring(hash) : "";
        StringBuilder query = new StringBuilder();
        for (KeyValue param : params) {
            if (!param.enabled() || (param.name().isEmpty() && param.value().isEmpty())) {
                continue;
            }
            query.append(query.length() == 0 ? '?' : '&').append(param.name()).append('=').append(param.value());
        }
        return base + query + fragment;
    }
}
