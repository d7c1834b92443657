package dev.wscope.engine;

import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.timeline.Header;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.core.variables.UrlCredentials;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.HandshakeResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glassfish.tyrus.spi.UpgradeResponse;

/**
 * Adds the request's headers and cookies to Tyrus's upgrade request, says the order they go out in, then
 * records the handshake as it really went out and came back. Runs on Tyrus threads; touches only the timeline.
 */
final class HandshakeRecorder extends ClientEndpointConfig.Configurator {
    private final ConnectRequest request;
    private final URI uri;
    private final SessionTimeline timeline;
    private final CountDownLatch responded = new CountDownLatch(1);
    /** The names the user's headers went in under, in their order; set before the request is written. */
    private volatile List<String> userNames = List.of();

    HandshakeRecorder(ConnectRequest request, URI uri, SessionTimeline timeline) {
        this.request = request;
        this.uri = uri;
        this.timeline = timeline;
    }

    @Override
    public void beforeRequest(Map<String, List<String>> headers) {
        Map<String, List<String>> added = new LinkedHashMap<>();
        for (KeyValue header : UrlCredentials.handshakeHeaders(request)) {
            added.computeIfAbsent(header.name(), name -> new ArrayList<>()).add(header.value());
        }
        request.cookieHeader().ifPresent(cookie -> added.put("Cookie", List.of(cookie)));
        String origin = request.options().origin();
        if (origin != null && !origin.isBlank() && added.keySet().stream().noneMatch("Origin"::equalsIgnoreCase)) {
            added.put("Origin", List.of(origin.strip()));
        }
        // A user header replaces Tyrus's own of the same name (Origin, say), whatever its case.
        added.keySet().forEach(name -> headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name)));
        headers.putAll(added);
        userNames = List.copyOf(added.keySet());
        timeline.append(new TimelineEvent.HandshakeRequest(requestLine(),
                UrlCredentials.shown(request, flatten(inSendingOrder(headers)))));
    }

    /**
     * The request's headers in the order they go out: Tyrus's own first, as Tyrus keeps them (sorted by name:
     * its map is a case-insensitive TreeMap), then the user's in the order given, then Upgrade, which Grizzly
     * writes after every other header wherever it stands. WscopeClientContainer sends them so.
     */
    Map<String, List<String>> inSendingOrder(Map<String, List<String>> headers) {
        List<Map.Entry<String, List<String>>> entries = new ArrayList<>(headers.entrySet());
        entries.sort(Comparator.comparingInt(entry -> rank(entry.getKey()))); // stable: Tyrus's own keep their order
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        entries.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }

    private int rank(String name) {
        if (name.equalsIgnoreCase("Upgrade")) {
            return Integer.MAX_VALUE;
        }
        List<String> given = userNames;
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void afterResponse(HandshakeResponse response) {
        int code = response instanceof UpgradeResponse upgrade ? upgrade.getStatus() : 101;
        String reason = response instanceof UpgradeResponse upgrade ? upgrade.getReasonPhrase() : null;
        timeline.append(new TimelineEvent.HandshakeResponse(code, reason == null ? "" : reason,
                flatten(response.getHeaders())));
        responded.countDown();
    }

    /**
     * Waits up to the given time for the handshake answer to be recorded. Tyrus fails the connect call for a
     * non-101 answer before it calls afterResponse, so without this the error event can come before the
     * handshake-response event, or a caller can read the timeline before the response is on it at all.
     */
    boolean awaitResponse(long millis) throws InterruptedException {
        return responded.await(millis, TimeUnit.MILLISECONDS);
    }

    private String requestLine() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "GET " + path + query + " HTTP/1.1";
    }

    /** Several values of one header go out joined with ", ", as Tyrus writes them. */
    private static List<Header> flatten(Map<String, List<String>> headers) {
        List<Header> lines = new ArrayList<>();
        headers.forEach((name, values) -> lines.add(new Header(name, String.join(", ", values))));
        return lines;
    }
}
