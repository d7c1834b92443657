package dev.wscope.core.variables;

import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.request.UrlCheck;
import dev.wscope.core.timeline.Header;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Credentials written into an address (ws://user:password@host): sent as Basic authorization, as curl and
 * browsers do, and never shown. Wherever the address is printed or recorded its password is the mask.
 */
public final class UrlCredentials {
    private static final String AUTHORIZATION = "Authorization";
    /** scheme://user:password@ up to the authority's last @, so a password holding a raw @ is masked whole. */
    private static final Pattern PASSWORD = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://[^/?#@:]*):[^/?#]*@");
    /** The same anywhere in a text (a log line, a stack trace), where white space ends an address. */
    private static final Pattern PASSWORD_IN_TEXT = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^/?#@:\\s]*):[^/?#\\s]*@");

    private UrlCredentials() {
    }

    /** The address with its password masked (ws://user:••••••@host/path); without one, the text as it is. */
    public static String masked(String address) {
        return address == null ? null : PASSWORD.matcher(address).replaceFirst("$1:" + Variable.MASK + "@");
    }

    /** The text with the password of every address in it masked. */
    public static String maskedIn(String text) {
        return PASSWORD_IN_TEXT.matcher(text).replaceAll("$1:" + Variable.MASK + "@");
    }

    /** "Basic base64(user:password)" for an address with credentials. */
    public static Optional<String> authorization(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return Optional.empty();
        }
        byte[] pair = uri.getUserInfo().getBytes(StandardCharsets.UTF_8); // percent escapes decoded
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair));
    }

    /** The address without its credentials: they go out as a header, never in the request line or Host. */
    public static URI withoutCredentials(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        String authority = uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1);
        return URI.create(uri.getScheme() + "://" + authority + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /**
     * The request's headers to send: the enabled ones, then Authorization: Basic from credentials in the
     * address unless the user gave an Authorization header (as curl does).
     */
    public static List<KeyValue> handshakeHeaders(ConnectRequest request) {
        List<KeyValue> enabled = request.enabledHeaders();
        Optional<String> fromAddress = authorization(request);
        if (fromAddress.isEmpty() || enabled.stream().anyMatch(h -> h.name().equalsIgnoreCase(AUTHORIZATION))) {
            return enabled;
        }
        List<KeyValue> all = new ArrayList<>(enabled);
        all.add(KeyValue.of(AUTHORIZATION, fromAddress.get()));
        return all;
    }

    /** The headers as recorded and shown: the Authorization made from the address's password is masked. */
    public static List<Header> shown(ConnectRequest request, List<Header> headers) {
        Optional<String> fromAddress = authorization(request);
        if (fromAddress.isEmpty()) {
            return headers;
        }
        return headers.stream().map(header -> header.value().equals(fromAddress.get())
                ? new Header(header.name(), "Basic " + Variable.MASK) : header).toList();
    }

    private static Optional<String> authorization(ConnectRequest request) {
        UrlCheck check = request.urlCheck();
        return check.ok() ? authorization(check.uri()) : Optional.empty();
    }
}
