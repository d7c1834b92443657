package dev.wscope.ui.collections;

import dev.wscope.core.variables.Environment;
import dev.wscope.ui.common.Tips;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * The `environment` menu of the toolbar: the environments of the open request's collection (local,
 * staging, production ...). Switching takes effect at the next connect and the next send.
 */
public final class EnvironmentPicker extends ComboBox<Environment> {
    public EnvironmentPicker(ObservableList<Environment> environments, ObjectProperty<Environment> selected) {
        super(environments);
        setId("environment");
        setPromptText("No environment");
        setAccessibleText("environment");
        Tips.on(this, "Values for {{variables}}, taken at each connect and each send");
        setCellFactory(list -> new NameCell());
        setButtonCell(new NameCell());
        valueProperty().bindBidirectional(selected);
        disableProperty().bind(Bindings.isEmpty(environments));
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
