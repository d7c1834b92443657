package dev.wscope.ui.environments;

import dev.wscope.core.variables.Variable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TableRow;

/**
 * A variable's value: plain text, or for a secret a masked field unless the values are revealed. The field
 * edits the row's value as it is typed, so nothing waits for Enter. Resets in its empty branch.
 */
final class SecretValueCell extends TableCell<VariableRow, String> {
    private final ObservableBooleanValue reveal;
    private final TextField plain = new TextField();
    private final PasswordField masked = new PasswordField();
    private final javafx.beans.InvalidationListener secretChanged = o -> show();
    private VariableRow bound;

    SecretValueCell(ObservableBooleanValue reveal) {
        this.reveal = reveal;
        plain.setPromptText("value");
        masked.setPromptText("not set on this machine");
        reveal.addListener((o, old, now) -> show());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        unbind();
        TableRow<VariableRow> row = getTableRow();
        if (empty || row == null || row.getItem() == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        bound = row.getItem();
        plain.textProperty().bindBidirectional(bound.valueProperty());
        masked.textProperty().bindBidirectional(bound.valueProperty());
        bound.secretProperty().addListener(secretChanged);
        show();
    }

    private void show() {
        if (bound == null) {
            return;
        }
        boolean hide = bound.secretProperty().get() && !reveal.get();
        setGraphic(hide ? masked : plain);
        masked.setAccessibleText(hide ? "secret value, masked (" + Variable.MASK + ")" : null);
    }

    private void unbind() {
        if (bound != null) {
            plain.textProperty().unbindBidirectional(bound.valueProperty());
            masked.textProperty().unbindBidirectional(bound.valueProperty());
            bound.secretProperty().removeListener(secretChanged);
            bound = null;
        }
    }
}
