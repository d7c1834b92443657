package dev.wscope.ui.environments;

import dev.wscope.core.variables.Variable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;

/**
 * A variable's value: plain text, or for a secret a masked field unless the values are revealed. Both fields
 * are bound once to the row's value, so every keystroke lands where it was typed; switching keeps the focus.
 */
final class SecretValueField extends StackPane {
    private final TextField plain = new TextField();
    private final PasswordField masked = new PasswordField();

    SecretValueField(VariableRow row, ObservableBooleanValue reveal) {
        plain.setPromptText("value");
        plain.setAccessibleText("variable value");
        masked.setPromptText("secret, not set on this machine");
        masked.setAccessibleText("secret value, masked (" + Variable.MASK + ")");
        plain.textProperty().bindBidirectional(row.valueProperty());
        masked.textProperty().bindBidirectional(row.valueProperty());
        getChildren().addAll(plain, masked);
        show(row.secretProperty().get() && !reveal.get());
        row.secretProperty().addListener(o -> show(row.secretProperty().get() && !reveal.get()));
        reveal.addListener(o -> show(row.secretProperty().get() && !reveal.get()));
    }

    private void show(boolean hide) {
        boolean hadFocus = plain.isFocused() || masked.isFocused();
        TextInputControl shown = hide ? masked : plain;
        masked.setVisible(hide);
        plain.setVisible(!hide);
        if (hadFocus) {
            shown.requestFocus();
            shown.end();
        }
    }
}
