package dev.wscope.core.diagnosis;

import java.util.Optional;

/**
 * A proxy recognised in an answer. kind is null for one that names itself but that the doctor has no words for
 * (Cloudflare, Varnish, a Via header). description is what a person reads: the Server header as sent, or the
 * proxy's name with the evidence ("HAProxy, recognised by its own 503 page: ..."). A proxy that is only
 * likely (header names in lower case) is not certain: it may order the fixes, never change the cause.
 */
public record SeenProxy(ProxyKind kind, String description, boolean certain) {
    public Optional<ProxyKind> known() {
        return Optional.ofNullable(kind);
    }
}
