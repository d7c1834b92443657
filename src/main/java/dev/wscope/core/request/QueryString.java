package dev.wscope.core.request;

import java.util.ArrayList;
import java.util.List;

/** Keeps the params table and the address's query in step, as text (values stay as the user typed them). */
public final class QueryString {
    private QueryString() {
    }

    public static List<KeyValue> paramsOf(String url) {
        List<KeyValue> params = new ArrayList<>();
        int end = fragmentStart(url);
        int start = url.indexOf('?');
        if (start < 0 || start > end) {
            return params;
        }
        String query = url.substring(start + 1, end);
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.add(eq < 0 ? KeyValue.of(pair, "") : KeyValue.of(pair.substring(0, eq), pair.substring(eq + 1)));
        }
        return params;
    }

    /** Where the fragment begins (its "#"), or the length: a "?" after the "#" belongs to the fragment. */
    private static int fragmentStart(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url.length() : hash;
    }

    /** The address with its query replaced by the enabled rows (none: no "?" at all). */
    public static String withParams(String url, List<KeyValue> params) {
        int hash = fragmentStart(url);
        int start = url.indexOf('?');
        String base = url.substring(0, start >= 0 && start < hash ? start : hash);
        String fragment = url.substring(hash);
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
