package dev.wscope.ui.collections;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for a name (node id `name-input`); OK stays off while the name is blank. */
public final class NameDialog {
    private NameDialog() {
    }

    public static Optional<String> ask(Window owner, String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getEditor().setId("name-input");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }
}
