package dev.wscope.core.request;

import dev.wscope.core.protocol.ProtocolKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything needed to open one connection. The address already holds the query parameters. */
public record ConnectRequest(String url, List<KeyValue> headers, List<KeyValue> cookies, List<String> subprotocols,
                             ConnectOptions options) {
    public ConnectRequest {
        headers = List.copyOf(headers);
        cookies = List.copyOf(cookies);
        subprotocols = List.copyOf(subprotocols);
    }

    public static ConnectRequest of(String url) {
        return new ConnectRequest(url, List.of(), List.of(), List.of(), ConnectOptions.defaults());
    }

    public ConnectRequest withOptions(ConnectOptions newOptions) {
        return new ConnectRequest(url, headers, cookies, subprotocols, newOptions);
    }

    public List<KeyValue> enabledHeaders() {
        return headers.stream().filter(h -> h.enabled() && !h.name().isEmpty()).toList();
    }

    /** The one Cookie header value ("a=1; b=2"), or empty when no cookie is enabled. */
    public Optional<String> cookieHeader() {
        List<String> pairs = new ArrayList<>();
        for (KeyValue cookie : cookies) {
            if (cookie.enabled() && !cookie.name().isEmpty()) {
                pairs.add(cookie.name() + "=" + cookie.value());
            }
        }
        return pairs.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", pairs));
    }

    /**
     * The address checked as the request's protocol takes it: Socket.IO's users write the web address
     * (http://host:3000/admin), which its driver dials as ws://; any other takes ws:// and wss:// only.
     */
    public UrlCheck urlCheck() {
        return options.protocol().kind() == ProtocolKind.SOCKET_IO ? WsUrl.checkWebAddress(url) : WsUrl.check(url);
    }

    /** The first thing that keeps this request from being sent, in words; empty when it can be sent. */
    public Optional<String> problem() {
        UrlCheck url = urlCheck();
        if (!url.ok()) {
            return Optional.of(url.error());
        }
        for (KeyValue header : headers) {
            if (header.enabled() && !(header.name().isEmpty() && header.value().isEmpty())) { // a blank row is not sent
                Optional<String> bad = KeyValueKind.HEADERS.check(header);
                if (bad.isPresent()) {
                    return bad;
                }
            }
        }
        for (KeyValue cookie : cookies) {
            if (cookie.enabled()) {
                Optional<String> bad = KeyValueKind.COOKIES.check(cookie);
                if (bad.isPresent()) {
                    return bad;
                }
            }
        }
        // Origin goes out as a header like the others, so a line break in it would inject one too.
        Optional<String> origin = Optional.ofNullable(options.origin()).flatMap(o -> HeaderRules.checkValue("Origin", o));
        return origin.or(() -> Subprotocols.check(subprotocols));
    }
}
