package dev.wscope.ui.keyvalue;

import dev.wscope.core.request.KeyValue;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row: data only (cells bind to it and unbind when reused). FX thread only. */
public final class KeyValueRow {
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    public KeyValueRow() {
    }

    public KeyValueRow(KeyValue keyValue) {
        enabled.set(keyValue.enabled());
        name.set(keyValue.name());
        value.set(keyValue.value());
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** What is wrong with this row, empty when nothing. Set by the list model. */
    public StringProperty problemProperty() {
        return problem;
    }

    public boolean isBlank() {
        return name.get().isEmpty() && value.get().isEmpty();
    }

    public KeyValue toKeyValue() {
        return new KeyValue(enabled.get(), name.get(), value.get());
    }

    Observable[] observables() {
        return new Observable[] {enabled, name, value};
    }
}
