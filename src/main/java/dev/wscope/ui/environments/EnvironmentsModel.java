package dev.wscope.ui.environments;

import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Placeholders;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A collection's environments being edited (local, staging, production ...): add, rename, remove, and their
 * variables; check before saving that names are given and distinct. FX thread only.
 */
public final class EnvironmentsModel {
    private final ObservableList<EnvironmentDraft> environments = FXCollections.observableArrayList();

    public EnvironmentsModel(List<Environment> current) {
        current.forEach(environment -> environments.add(new EnvironmentDraft(environment)));
    }

    public EnvironmentDraft add(String name) {
        EnvironmentDraft draft = new EnvironmentDraft(new Environment(name, List.of()));
        environments.add(draft);
        return draft;
    }

    public void remove(EnvironmentDraft draft) {
        environments.remove(draft);
    }

    /** What keeps the environments from being saved, empty when they can be. */
    public Optional<String> problem() {
        Set<String> seen = new HashSet<>();
        for (EnvironmentDraft draft : environments) {
            Environment environment = draft.toEnvironment();
            if (environment.name().isEmpty()) {
                return Optional.of("Every environment needs a name");
            }
            if (!seen.add(environment.name())) {
                return Optional.of("Two environments are called '" + environment.name() + "'");
            }
            Set<String> names = new HashSet<>();
            for (var variable : environment.variables()) {
                if (variable.name().isEmpty()) {
                    return Optional.of("A variable of '" + environment.name() + "' has a value but no name");
                }
                if (!Placeholders.isName(variable.name())) {
                    return Optional.of("'" + variable.name() + "' in '" + environment.name()
                            + "': a variable name is letters, digits, '_', '.' or '-', as in {{name}}");
                }
                if (!names.add(variable.name())) {
                    return Optional.of("'" + environment.name() + "' has two variables called '" + variable.name() + "'");
                }
            }
        }
        return Optional.empty();
    }

    public List<Environment> toEnvironments() {
        return environments.stream().map(EnvironmentDraft::toEnvironment).toList();
    }

    public ObservableList<EnvironmentDraft> environments() {
        return environments;
    }
}
