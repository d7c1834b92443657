package dev.wscope.core.request;

import java.net.URI;

/**
 * The verdict on an address a user typed: the URI to connect to, or what is wrong with it in words and,
 * where one is obvious, the corrected address to offer (http:// becomes ws://, a missing scheme is added).
 */
public record UrlCheck(URI uri, String error, String suggestion) {

    public boolean ok() {
        return uri != null;
    }

    static UrlCheck valid(URI uri) {
        return new UrlCheck(uri, null, null);
    }

    static UrlCheck invalid(String error) {
        return new UrlCheck(null, error, null);
    }

    static UrlCheck invalid(String error, String suggestion) {
        return new UrlCheck(null, error, suggestion);
    }
}
