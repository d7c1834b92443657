package dev.wscope.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Variable;
import java.util.ArrayList;
import java.util.List;

/** An environment in a file: its variables by name and value; a secret by name only ("secret": true). */
public final class EnvironmentJson {
    private EnvironmentJson() {
    }

    public static JsonObject write(Environment environment) {
        JsonObject json = new JsonObject();
        json.addProperty("name", environment.name());
        JsonArray variables = new JsonArray();
        for (Variable variable : environment.variables()) {
            JsonObject v = new JsonObject();
            v.addProperty("name", variable.name());
            if (variable.secret()) {
                v.addProperty("secret", true);
            } else if (variable.hasValue()) {
                v.addProperty("value", variable.value());
            }
            variables.add(v);
        }
        json.add("variables", variables);
        return json;
    }

    /** A secret found with a value in the file (written by hand) keeps it until the next save moves it out. */
    public static Environment read(JsonFields json) {
        List<Variable> variables = new ArrayList<>();
        for (JsonFields v : json.objects("variables")) {
            variables.add(new Variable(v.string("name", ""), v.string("value", null), v.bool("secret", false)));
        }
        return new Environment(json.string("name", ""), variables);
    }
}
