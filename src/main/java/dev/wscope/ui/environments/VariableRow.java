package dev.wscope.ui.environments;

import dev.wscope.core.variables.Variable;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One variable being edited. A secret with no value on this machine shows empty; saving it empty keeps it
 * "not set here" (so {{name}} is pointed out before anything is sent) rather than an empty value.
 */
public final class VariableRow {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final BooleanProperty secret = new SimpleBooleanProperty();

    VariableRow() {
    }

    VariableRow(Variable variable) {
        name.set(variable.name());
        value.set(variable.value() == null ? "" : variable.value());
        secret.set(variable.secret());
    }

    boolean isBlank() {
        return name.get().isBlank() && value.get().isEmpty();
    }

    Variable toVariable() {
        return secret.get() ? Variable.secret(name.get(), value.get().isEmpty() ? null : value.get())
                : Variable.plain(name.get(), value.get());
    }

    Observable[] observables() {
        return new Observable[] {name, value, secret};
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public BooleanProperty secretProperty() {
        return secret;
    }
}
