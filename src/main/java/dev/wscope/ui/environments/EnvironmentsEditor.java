package dev.wscope.ui.environments;

import dev.wscope.ui.common.Icons;
import dev.wscope.ui.rows.EditableRows;
import dev.wscope.ui.rows.RowColumn;
import dev.wscope.ui.rows.RowControls;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A collection's environments: the list on the left (add, remove, rename), the selected one's variables on
 * the right with a Secret box per row. Secret values are masked unless "Show secret values" is on; they are
 * kept only in this machine's owner-only secrets file, never in the collection file.
 */
public final class EnvironmentsEditor extends HBox {
    private final ToggleButton reveal = Icons.on(new ToggleButton("Show secret values"), Feather.EYE);
    private final StackPane variables = new StackPane();
    private final Map<EnvironmentDraft, EditableRows<VariableRow>> rowsOf = new IdentityHashMap<>();

    public EnvironmentsEditor(EnvironmentsModel model) {
        ListView<EnvironmentDraft> list = new ListView<>(model.environments());
        list.setId("environments-list");
        list.setPrefWidth(170);
        TextField name = new TextField();
        name.setId("environment-name");
        name.setPromptText("environment name");
        name.setAccessibleText("environment name");
        Button add = Icons.on(new Button("Add"), Feather.PLUS);
        add.setId("environment-add");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setOnAction(e -> list.getSelectionModel().select(model.add("environment " + (model.environments().size() + 1))));
        Button remove = Icons.on(new Button("Remove"), Feather.TRASH_2);
        remove.setId("environment-remove");
        remove.setMinWidth(Button.USE_PREF_SIZE);
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(6, list, name, new HBox(6, add, remove));
        left.setMinWidth(VBox.USE_PREF_SIZE);

        variables.setId("variables-table");
        reveal.setId("reveal-secrets");
        Label hint = new Label("Use a variable as {{name}} in the address, params, headers, cookies, subprotocols and"
                + " messages. Secret values stay on this machine only.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        VBox.setVgrow(variables, Priority.ALWAYS);
        VBox right = new VBox(6, variables, new HBox(8, reveal), hint);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
        setSpacing(10);
        setPadding(new Insets(10));

        list.getSelectionModel().selectedItemProperty().addListener((o, old, selected) -> {
            if (old != null) {
                name.textProperty().unbindBidirectional(old.nameProperty());
            }
            name.setDisable(selected == null);
            if (selected != null) {
                name.textProperty().bindBidirectional(selected.nameProperty());
            }
            variables.getChildren().setAll(selected == null ? new Label("Pick or add an environment") : rowsOf(selected));
        });
        // Enter in the name goes on to the variables rather than closing the dialog as OK
        name.setOnAction(e -> {
            e.consume();
            EnvironmentDraft selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                rowsOf(selected).focusRow(0);
            }
        });
        name.textProperty().addListener((o, old, text) -> list.refresh());
        name.setDisable(true);
        variables.getChildren().setAll(new Label("Pick or add an environment"));
        if (!model.environments().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private EditableRows<VariableRow> rowsOf(EnvironmentDraft draft) {
        return rowsOf.computeIfAbsent(draft, d -> new EditableRows<>(d.rows(), List.of(
                RowColumn.growing("Variable", row -> RowControls.textField(row.nameProperty(), "name", "variable name")),
                RowColumn.growing("Value", row -> new SecretValueField(row, reveal.selectedProperty())),
                RowColumn.fixed("Secret", 56,
                        row -> RowControls.checkBox(row.secretProperty(), "secret: kept on this machine only"))),
                "variable", VariableRow::secretProperty, "Secret or not"));
    }
}
