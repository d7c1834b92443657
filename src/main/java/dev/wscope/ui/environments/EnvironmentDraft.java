package dev.wscope.ui.environments;

import dev.wscope.core.variables.Environment;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** One environment being edited: its name and its variables, with always one blank row to type into. */
public final class EnvironmentDraft {
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<VariableRow> rows = FXCollections.observableArrayList(VariableRow::observables);

    EnvironmentDraft(Environment environment) {
        name.set(environment.name());
        environment.variables().forEach(variable -> rows.add(new VariableRow(variable)));
        rows.add(new VariableRow());
        rows.addListener((ListChangeListener<VariableRow>) change -> keepBlankRowAtEnd());
    }

    private void keepBlankRowAtEnd() {
        if (rows.isEmpty() || !rows.get(rows.size() - 1).isBlank()) {
            rows.add(new VariableRow());
        }
    }

    Environment toEnvironment() {
        List<dev.wscope.core.variables.Variable> variables = rows.stream().filter(row -> !row.isBlank())
                .map(VariableRow::toVariable).toList();
        return new Environment(name.get().strip(), variables);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<VariableRow> rows() {
        return rows;
    }

    @Override
    public String toString() {
        return name.get();
    }
}
