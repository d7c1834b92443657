package dev.wscope.ui.workspace;

import java.net.URI;

/** The name a request goes by before the user gives it one. */
final class RequestNames {
    private RequestNames() {
    }

    /** Host and path of the address, e.g. "127.0.0.1:8765/echo"; the address itself when it cannot be read. */
    static String fromUrl(String url) {
        try {
            URI uri = URI.create(url.replace("{{", "").replace("}}", ""));
            String name = (uri.getHost() == null ? "" : uri.getHost()) + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getPath() == null ? "" : uri.getPath());
            return name.isBlank() ? url : name;
        } catch (IllegalArgumentException e) {
            return url.isBlank() ? "Request" : url;
        }
    }
}
