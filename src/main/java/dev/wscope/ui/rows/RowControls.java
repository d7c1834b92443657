package dev.wscope.ui.rows;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;

/** The controls of a row, each bound once to a property of its row. */
public final class RowControls {
    private RowControls() {
    }

    public static TextField textField(StringProperty property, String prompt, String accessibleText) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.setAccessibleText(accessibleText);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** Left out of the Tab order, so Tab goes name, value, next name; the row's shortcut switches it. */
    public static CheckBox checkBox(BooleanProperty property, String accessibleText) {
        CheckBox box = new CheckBox();
        box.setAccessibleText(accessibleText);
        box.setFocusTraversable(false);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }
}
