package dev.wscope.core.request;

import java.net.URI;
import java.util.Base64;
import java.util.Optional;

/** An HTTP proxy reached with CONNECT, with optional basic authentication. */
public record ProxyOptions(String host, int port, String username, String password) {

    /** Reads "http://[user:password@]host:port" (the scheme may be left out); empty for blank text. */
    public static Optional<ProxyOptions> parse(String text) throws IllegalArgumentException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String withScheme = text.strip().contains("://") ? text.strip() : "http://" + text.strip();
        URI uri = URI.create(withScheme);
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1) {
            throw new IllegalArgumentException("A proxy is written http://[user:password@]host:port, e.g."
                    + " http://proxy.corp:3128; got \"" + text.strip() + "\"");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : "";
        }
        return Optional.of(new ProxyOptions(uri.getHost(), uri.getPort(), user, password));
    }

    /** The Proxy-Authorization value for basic authentication, when credentials were given. */
    public Optional<String> authorization() {
        if (username == null) {
            return Optional.empty();
        }
        String pair = username + ":" + (password == null ? "" : password);
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The proxy as a URI without credentials, as Tyrus takes it. */
    public String uri() {
        return "http://" + host + ":" + port;
    }
}
