package dev.wscope.share.asyncapi;

import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Placeholders;
import dev.wscope.core.variables.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Environments for an imported document, so its requests are ready to connect: channel parameters get
 * the values the document suggests; with several servers, {{server}} picks one, an environment each; with
 * none, {{server}} is an environment variable without a value, for the user to fill in.
 */
final class ImportEnvironments {
    static final String SERVER_VARIABLE = "server";

    private ImportEnvironments() {
    }

    /** The start of every request address: the one server's, else {{server}}. */
    static String serverBase(List<ServerBase> servers) {
        return servers.size() == 1 ? servers.get(0).url() : Placeholders.of(SERVER_VARIABLE);
    }

    static List<Environment> of(List<ServerBase> servers, List<ImportedChannel> channels) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (ImportedChannel channel : channels) {
            channel.parameters().forEach((name, parameter) ->
                    SuggestedValue.of(parameter).ifPresent(value -> parameters.putIfAbsent(name, value)));
        }
        if (servers.size() > 1) {
            List<Environment> environments = new ArrayList<>();
            for (ServerBase server : servers) {
                Map<String, String> values = new LinkedHashMap<>();
                // resolution is one pass, so the server's own variables are filled in here
                values.put(SERVER_VARIABLE, Placeholders.replace(server.url(),
                        name -> Optional.ofNullable(server.variables().get(name))));
                values.putAll(parameters);
                environments.add(environment(server.name(), values));
            }
            return environments;
        }
        Map<String, String> values = new LinkedHashMap<>(servers.isEmpty() ? Map.of() : servers.get(0).variables());
        if (servers.isEmpty()) {
            // the document names no server: {{server}} is there to be filled in, and is pointed out until it is
            values.put(SERVER_VARIABLE, null);
        }
        parameters.forEach(values::putIfAbsent);
        if (values.isEmpty()) {
            return List.of();
        }
        return List.of(environment(servers.isEmpty() ? "default" : servers.get(0).name(), values));
    }

    private static Environment environment(String name, Map<String, String> values) {
        List<Variable> variables = new ArrayList<>();
        values.forEach((variable, value) -> variables.add(Variable.plain(variable, value)));
        return new Environment(name, variables);
    }
}
