package dev.wscope.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * Fields as the forms make them: text fields with an id for tests and keyboard users and the hint as prompt
 * and accessible text; message lines that show a problem or a notice and take no room while there is none.
 */
public final class Fields {
    private Fields() {
    }

    public static TextField text(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        return field;
    }

    /** A line showing the text (in the style class, e.g. "error-text"), laid out only while it is not empty. */
    public static Label messageLine(String id, String styleClass, ObservableValue<String> text) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add(styleClass);
        line.textProperty().bind(text);
        line.managedProperty().bind(line.textProperty().isNotEmpty());
        return line;
    }
}
