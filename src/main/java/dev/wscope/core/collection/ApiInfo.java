package dev.wscope.core.collection;

import java.util.List;

/**
 * What an imported API description says of the whole API besides its channels: its version and its
 * servers, kept so the collection's export says it again. A collection made in Wscope has none of it.
 */
public record ApiInfo(String version, List<ApiServer> servers) {
    public ApiInfo {
        version = version == null ? "" : version;
        servers = List.copyOf(servers);
    }

    public static ApiInfo none() {
        return new ApiInfo("", List.of());
    }

    public boolean isEmpty() {
        return version.isEmpty() && servers.isEmpty();
    }
}
