package dev.wscope.ui.keyvalue;

import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;

/** A cell that is always a text field, bound to one property of its row (unbound when the cell is reused). */
final class RowTextCell extends TableCell<KeyValueRow, KeyValueRow> {
    private final TextField field = new TextField();
    private final Function<KeyValueRow, StringProperty> property;
    private StringProperty bound;

    RowTextCell(Function<KeyValueRow, StringProperty> property, String prompt) {
        this.property = property;
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.getStyleClass().add("kv-field");
    }

    @Override
    protected void updateItem(KeyValueRow row, boolean empty) {
        super.updateItem(row, empty);
        if (bound != null) {
            field.textProperty().unbindBidirectional(bound);
            bound = null;
        }
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        bound = property.apply(row);
        field.textProperty().bindBidirectional(bound);
        setGraphic(field);
    }
}
