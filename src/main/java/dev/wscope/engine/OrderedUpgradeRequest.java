package dev.wscope.engine;

import java.net.URI;
import java.security.Principal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.glassfish.tyrus.spi.UpgradeRequest;

/** Tyrus's upgrade request as it is, but for its headers: a read-only copy in the order they are to go out. */
final class OrderedUpgradeRequest extends UpgradeRequest {
    private final UpgradeRequest request;
    private final UnaryOperator<Map<String, List<String>>> order;

    OrderedUpgradeRequest(UpgradeRequest request, UnaryOperator<Map<String, List<String>>> order) {
        this.request = request;
        this.order = order;
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        return Collections.unmodifiableMap(order.apply(request.getHeaders()));
    }

    @Override
    public String getHeader(String name) {
        return request.getHeader(name);
    }

    @Override
    public String getRequestUri() {
        return request.getRequestUri();
    }

    @Override
    public boolean isSecure() {
        return request.isSecure();
    }

    @Override
    public Principal getUserPrincipal() {
        return request.getUserPrincipal();
    }

    @Override
    public URI getRequestURI() {
        return request.getRequestURI();
    }

    @Override
    public boolean isUserInRole(String role) {
        return request.isUserInRole(role);
    }

    @Override
    public Object getHttpSession() {
        return request.getHttpSession();
    }

    @Override
    public Map<String, List<String>> getParameterMap() {
        return request.getParameterMap();
    }

    @Override
    public String getQueryString() {
        return request.getQueryString();
    }
}
