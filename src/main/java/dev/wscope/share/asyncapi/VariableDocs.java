package dev.wscope.share.asyncapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Variable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Wscope variable used in a host or an address, as an AsyncAPI server variable or channel parameter:
 * the values the environments give it become the default and the examples. Secrets give none.
 */
final class VariableDocs {
    private VariableDocs() {
    }

    static JsonObject describe(String name, List<Environment> environments) {
        JsonObject json = new JsonObject();
        json.addProperty("description", "Wscope variable {{" + name + "}}, set per environment");
        Set<String> values = new LinkedHashSet<>();
        for (Environment environment : environments) {
            environment.variable(name).filter(v -> !v.secret() && v.hasValue()).map(Variable::value).ifPresent(values::add);
        }
        if (!values.isEmpty()) {
            json.addProperty("default", values.iterator().next());
            JsonArray examples = new JsonArray();
            values.forEach(examples::add);
            json.add("examples", examples);
        }
        return json;
    }
}
