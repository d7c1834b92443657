package dev.wscope.core.request;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks WebSocket addresses (RFC 6455 §3: ws or wss, a host, no fragment) with messages a person can act on. */
public final class WsUrl {
    /** RFC 3986 scheme: a letter, then letters, digits, "+", "-" or ".". */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    /** "ws:/host" or "wss:host": a WebSocket or web scheme without its two slashes. */
    private static final Pattern SLASHES_MISSING = Pattern.compile("^(wss?|https?):/?(?!/)", Pattern.CASE_INSENSITIVE);

    private static final Pattern WEB_SCHEME = Pattern.compile("^(https?)(?=://)", Pattern.CASE_INSENSITIVE);

    private WsUrl() {
    }

    public static UrlCheck check(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return UrlCheck.invalid("Enter a WebSocket address, e.g. ws://localhost:8080/socket");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return UrlCheck.invalid("The address has a space at position " + (i + 1)
                        + ": remove it or encode it as %20");
            }
        }
        Matcher schemeMatch = SCHEME.matcher(text);
        if (!schemeMatch.find()) {
            return noScheme(text);
        }
        int schemeEnd = schemeMatch.end() - 3;
        String scheme = text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = text.substring(schemeEnd);
        switch (scheme) {
            case "ws", "wss" -> { }
            case "http" -> {
                return UrlCheck.invalid("http:// is the web page scheme: a WebSocket address starts with ws://", "ws" + rest);
            }
            case "https" -> {
                return UrlCheck.invalid("https:// is the web page scheme: a secure WebSocket address starts with wss://",
                        "wss" + rest);
            }
            default -> {
                return UrlCheck.invalid("\"" + scheme + "://\" is not a WebSocket scheme: use ws:// or wss://");
            }
        }
        String portProblem = checkPort(rest.substring(3));
        if (portProblem != null) {
            return UrlCheck.invalid(portProblem);
        }
        URI uri;
        try {
            uri = new URI(scheme + rest);
        } catch (URISyntaxException e) {
            return UrlCheck.invalid("The address is not valid: " + e.getReason() + " at position " + (e.getIndex() + 1));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return UrlCheck.invalid("The address has no valid host name after " + scheme + "://");
        }
        if (uri.getRawFragment() != null) {
            return UrlCheck.invalid("WebSocket addresses cannot have a fragment (#" + uri.getRawFragment() + ")",
                    scheme + rest.substring(0, rest.indexOf('#')));
        }
        return UrlCheck.valid(uri);
    }

    /**
     * As {@link #check(String)}, for a protocol whose users write web addresses (Socket.IO's http://host:3000/admin,
     * which its driver dials as ws://): http:// and https:// stand for ws:// and wss://.
     */
    public static UrlCheck checkWebAddress(String input) {
        String text = input == null ? "" : input.strip();
        Matcher web = WEB_SCHEME.matcher(text);
        return check(web.find() ? (web.group(1).length() == 5 ? "wss" : "ws") + text.substring(web.end()) : text);
    }

    /** No "scheme://" at the start (a "://" later on, in the query say, does not count). */
    private static UrlCheck noScheme(String text) {
        Matcher slashes = SLASHES_MISSING.matcher(text);
        if (slashes.find()) {
            String scheme = slashes.group(1).toLowerCase(Locale.ROOT);
            String secure = scheme.equals("wss") || scheme.equals("https") ? "wss://" : "ws://";
            return UrlCheck.invalid("The address needs two slashes after \"" + slashes.group(1) + ":\"",
                    secure + text.substring(slashes.end()));
        }
        String guess = (text.contains(":443") ? "wss://" : "ws://") + text.replaceFirst("^/+", "");
        return UrlCheck.invalid("The address has no scheme: WebSocket addresses start with ws:// or wss://", guess);
    }

    private static String checkPort(String afterScheme) {
        int end = afterScheme.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = afterScheme.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String authority = afterScheme.substring(0, end);
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0 || colon < hostPort.lastIndexOf(']')) {
            return null;
        }
        String port = hostPort.substring(colon + 1);
        if (port.isEmpty()) {
            return "The address ends its host with ':' but gives no port";
        }
        if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "The port \"" + port + "\" is not a number";
        }
        if (port.length() > 5 || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            return "Port " + port + " is out of range: use 1 to 65535";
        }
        return null;
    }
}
