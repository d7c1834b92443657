package dev.wscope.ui.keyvalue;

import dev.wscope.ui.common.Fields;
import dev.wscope.ui.rows.EditableRows;
import dev.wscope.ui.rows.RowColumn;
import dev.wscope.ui.rows.RowControls;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A params, headers or cookies editor: rows with an enabled box each (node id "<name>-table"), and a bulk
 * text mode (node id "<name>-raw") holding the same content. Both are live; the toggle picks which one shows.
 */
public final class KeyValueEditor extends VBox {
    private final TextArea raw = new TextArea();
    private final ToggleButton bulk = new ToggleButton("Bulk edit");

    public KeyValueEditor(KeyValueListModel model, String name, String hint) {
        String noun = model.kind().noun();
        EditableRows<KeyValueRow> rows = new EditableRows<>(model.rows(), List.of(
                RowColumn.fixed("", 26, row -> RowControls.checkBox(row.enabledProperty(), "send this " + noun)),
                RowColumn.growing("Name", row -> field(row.nameProperty(), noun + " name")),
                RowColumn.growing("Value", row -> field(row.valueProperty(), noun + " value")),
                RowColumn.fixed("", 14, KeyValueEditor::problemMark)),
                noun, KeyValueRow::enabledProperty, "Send this " + noun + " or not");
        rows.setId(name + "-table");
        raw.setId(name + "-raw");
        Label problem = Fields.messageLine(name + "-error", "error-text", model.problemProperty());
        bulk.setId(name + "-bulk");
        raw.setPromptText(hint);
        raw.setAccessibleText(name + " as text");
        raw.textProperty().bindBidirectional(model.rawTextProperty());
        raw.visibleProperty().bind(bulk.selectedProperty());
        rows.visibleProperty().bind(bulk.selectedProperty().not());
        problem.setWrapText(true);
        Label title = new Label(hint);
        title.getStyleClass().add("hint");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, grow, bulk);
        StackPane body = new StackPane(rows, raw);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(bar, body, problem);
        setSpacing(6);
        setPadding(new Insets(8));
    }

    private static Node field(StringProperty property, String prompt) {
        TextField field = RowControls.textField(property, prompt, prompt);
        field.getStyleClass().add("kv-field");
        return field;
    }

    /** A red mark with the row's problem as its tooltip, shown only while the row has one. */
    private static Node problemMark(KeyValueRow row) {
        Label mark = new Label("!");
        mark.getStyleClass().add("row-problem");
        mark.setAccessibleText("problem");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(row.problemProperty());
        mark.setTooltip(tip);
        mark.visibleProperty().bind(row.problemProperty().isNotEmpty());
        return mark;
    }
}
