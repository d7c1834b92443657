package dev.wscope.ui;

import javafx.scene.control.TextField;

/** Text fields as the forms make them: an id for tests and keyboard users, the hint as prompt and accessible text. */
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
}
