package dev.wscope.ui.environments;

import org.kordamp.ikonli.feather.Feather;
import dev.wscope.ui.Icons;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A collection's environments: the list on the left (add, remove, rename), the selected one's variables on
 * the right with a Secret box per row. Secret values are masked unless "Show secret values" is on; they are
 * kept only in this machine's owner-only secrets file, never in the collection file.
 */
public final class EnvironmentsEditor extends HBox {
    private final TableView<VariableRow> variables = new TableView<>();
    private final ToggleButton reveal = Icons.on(new ToggleButton("Show secret values"), Feather.EYE);

    public EnvironmentsEditor(EnvironmentsModel model) {
        ListView<EnvironmentDraft> list = new ListView<>(model.environments());
        list.setId("environments-list");
        list.setPrefWidth(170);
        TextField name = new TextField();
        name.setId("environment-name");
        name.setPromptText("environment name");
        Button add = Icons.on(new Button("Add"), Feather.PLUS);
        add.setId("environment-add");
        add.setOnAction(e -> list.getSelectionModel().select(model.add("environment " + (model.environments().size() + 1))));
        Button remove = Icons.on(new Button("Remove"), Feather.TRASH_2);
        remove.setId("environment-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(6, list, name, new HBox(6, add, remove));

        variables.setId("variables-table");
        variables.setEditable(true);
        variables.setPlaceholder(new Label("Pick or add an environment"));
        variables.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        variables.getColumns().add(textColumn("Variable", VariableRow::nameProperty));
        TableColumn<VariableRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(cell -> cell.getValue().valueProperty());
        value.setCellFactory(column -> new SecretValueCell(reveal.selectedProperty()));
        variables.getColumns().add(value);
        TableColumn<VariableRow, Boolean> secret = new TableColumn<>("Secret");
        secret.setCellValueFactory(cell -> cell.getValue().secretProperty());
        secret.setCellFactory(CheckBoxTableCell.forTableColumn(secret));
        secret.setEditable(true);
        secret.setMaxWidth(70);
        variables.getColumns().add(secret);
        reveal.setId("reveal-secrets");
        Label hint = new Label("Use a variable as {{name}} in the address, params, headers, cookies, subprotocols and"
                + " messages. Secret values stay on this machine only.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
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
            variables.setItems(selected == null ? null : selected.rows());
        });
        name.textProperty().addListener((o, old, text) -> list.refresh());
        name.setDisable(true);
        if (!model.environments().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private static TableColumn<VariableRow, String> textColumn(String title,
                                                               java.util.function.Function<VariableRow, javafx.beans.property.StringProperty> property) {
        TableColumn<VariableRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setCellFactory(javafx.scene.control.cell.TextFieldTableCell.forTableColumn());
        return column;
    }
}
