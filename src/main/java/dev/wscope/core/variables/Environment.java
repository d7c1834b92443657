package dev.wscope.core.variables;

import java.util.List;
import java.util.Optional;

/** A named set of variables (local, staging, production ...). When a name repeats, the first one counts. */
public record Environment(String name, List<Variable> variables) {
    public Environment {
        name = name == null ? "" : name;
        variables = List.copyOf(variables);
    }

    public Optional<Variable> variable(String variableName) {
        return variables.stream().filter(v -> v.name().equals(variableName)).findFirst();
    }

    /** The value to put in place of {{variableName}}, when this environment has one. */
    public Optional<String> value(String variableName) {
        return variable(variableName).filter(Variable::hasValue).map(Variable::value);
    }

    public List<Variable> secrets() {
        return variables.stream().filter(Variable::secret).toList();
    }
}
