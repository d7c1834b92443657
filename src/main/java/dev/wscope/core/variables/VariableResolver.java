package dev.wscope.core.variables;

import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts the values of one environment in place of {{name}} in a request and in messages. Pure and cheap:
 * the window calls it again at every send with the environment selected at that moment, so switching
 * environments between two sends changes what the second one carries. Values are not searched for further
 * placeholders, so a value holding "{{x}}" is sent as written and two variables can never loop.
 */
public final class VariableResolver {
    private final Environment environment;

    private VariableResolver(Environment environment) {
        this.environment = environment;
    }

    public static VariableResolver of(Environment environment) {
        return environment == null ? none() : new VariableResolver(environment);
    }

    /** Resolves nothing: every {{name}} stays as written and counts as unresolved. */
    public static VariableResolver none() {
        return new VariableResolver(new Environment("", List.of()));
    }

    public String resolve(String text) {
        return text == null ? null : Placeholders.replace(text, environment::value);
    }

    /** The request with URL (and so its params), headers, cookies, subprotocols and protocol settings resolved. */
    public ConnectRequest resolve(ConnectRequest request) {
        ProtocolSetup protocol = request.options().protocol();
        for (Map.Entry<String, String> setting : protocol.settings().entrySet()) {
            protocol = protocol.with(setting.getKey(), resolve(setting.getValue()));
        }
        return new ConnectRequest(resolve(request.url()), resolveRows(request.headers()), resolveRows(request.cookies()),
                request.subprotocols().stream().map(this::resolve).toList(), request.options().withProtocol(protocol));
    }

    /** Every placeholder without a value in what the request would send (disabled rows are not sent). */
    public List<UnresolvedVariable> unresolved(ConnectRequest request) {
        List<UnresolvedVariable> missing = new ArrayList<>(unresolved(request.url(), "URL"));
        for (KeyValue header : request.headers()) {
            missing.addAll(unresolved(header, "header "));
        }
        for (KeyValue cookie : request.cookies()) {
            missing.addAll(unresolved(cookie, "cookie "));
        }
        for (String subprotocol : request.subprotocols()) {
            missing.addAll(unresolved(subprotocol, "subprotocols"));
        }
        request.options().protocol().settings().forEach((key, value) -> missing.addAll(unresolved(value,
                request.options().protocol().kind().title() + " " + key)));
        return missing;
    }

    public List<UnresolvedVariable> unresolved(String text, String where) {
        List<UnresolvedVariable> missing = new ArrayList<>();
        for (String name : Placeholders.names(text == null ? "" : text)) {
            if (environment.value(name).isEmpty()) {
                missing.add(new UnresolvedVariable(name, where));
            }
        }
        return missing;
    }

    private List<UnresolvedVariable> unresolved(KeyValue row, String kind) {
        if (!row.enabled()) {
            return List.of();
        }
        List<UnresolvedVariable> missing = new ArrayList<>(unresolved(row.name(), kind + row.name()));
        missing.addAll(unresolved(row.value(), kind + row.name()));
        return missing;
    }

    private List<KeyValue> resolveRows(List<KeyValue> rows) {
        return rows.stream().map(row -> new KeyValue(row.enabled(), resolve(row.name()), resolve(row.value()))).toList();
    }
}
