package dev.wscope.ui.collections;

import dev.wscope.core.variables.Environment;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/**
 * The `environment` menu of the toolbar: the environments of the open request's collection (local,
 * staging, production ...). Switching takes effect at the next connect and the next send.
 */
public final class EnvironmentPicker extends ComboBox<Environment> {
    public EnvironmentPicker(ObjectProperty<Environment> selected) {
        setId("environment");
        setPromptText("No environment");
        setAccessibleText("environment");
        setTooltip(new Tooltip("Values for {{variables}}, taken at each connect and each send"));
        setCellFactory(list -> new NameCell());
        setButtonCell(new NameCell());
        valueProperty().addListener((o, old, environment) -> selected.set(environment));
        disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(getItems()));
    }

    /** Offers a collection's environments and selects the first (or none when it has none). */
    public void offer(List<Environment> environments) {
        getItems().setAll(FXCollections.observableArrayList(environments));
        setValue(environments.isEmpty() ? null : environments.get(0));
    }

    /** Shows an environment by its name; resets in its empty branch. */
    private static final class NameCell extends ListCell<Environment> {
        @Override
        protected void updateItem(Environment environment, boolean empty) {
            super.updateItem(environment, empty);
            setText(empty || environment == null ? "No environment" : environment.name());
        }
    }
}
