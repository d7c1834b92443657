package dev.wscope.ui.keyvalue;

import dev.wscope.ui.Fields;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A params, headers or cookies editor: a table with an enabled box per row, and a bulk text mode
 * (node id "<name>-raw") holding the same content. Both are live; the toggle picks which one shows.
 */
public final class KeyValueEditor extends VBox {
    private final TableView<KeyValueRow> table = new TableView<>();
    private final TextArea raw = new TextArea();
    private final ToggleButton bulk = new ToggleButton("Bulk edit");
    private final Label problem;

    public KeyValueEditor(KeyValueListModel model, String name, String hint) {
        table.setId(name + "-table");
        raw.setId(name + "-raw");
        problem = Fields.messageLine(name + "-error", "error-text", model.problemProperty());
        bulk.setId(name + "-bulk");
        table.getColumns().add(enabledColumn());
        table.getColumns().add(textColumn("Name", "name", row -> row.nameProperty()));
        table.getColumns().add(textColumn("Value", "value", row -> row.valueProperty()));
        table.getColumns().add(problemColumn());
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setEditable(true);
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        raw.setPromptText(hint);
        raw.setAccessibleText(name + " as text");
        raw.textProperty().bindBidirectional(model.rawTextProperty());
        raw.visibleProperty().bind(bulk.selectedProperty());
        table.visibleProperty().bind(bulk.selectedProperty().not());
        problem.setWrapText(true);
        Label title = new Label(hint);
        title.getStyleClass().add("hint");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, grow, bulk);
        StackPane body = new StackPane(table, raw);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(bar, body, problem);
        setSpacing(6);
        setPadding(new Insets(8));
    }

    private TableColumn<KeyValueRow, KeyValueRow> enabledColumn() {
        TableColumn<KeyValueRow, KeyValueRow> column = new TableColumn<>("");
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> new EnabledCell());
        column.setPrefWidth(36);
        column.setMaxWidth(36);
        column.setSortable(false);
        return column;
    }

    private TableColumn<KeyValueRow, KeyValueRow> textColumn(String title, String prompt,
            java.util.function.Function<KeyValueRow, javafx.beans.property.StringProperty> property) {
        TableColumn<KeyValueRow, KeyValueRow> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> new RowTextCell(property, prompt));
        column.setSortable(false);
        return column;
    }

    private TableColumn<KeyValueRow, KeyValueRow> problemColumn() {
        TableColumn<KeyValueRow, KeyValueRow> column = new TableColumn<>("");
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> new ProblemCell());
        column.setPrefWidth(28);
        column.setMaxWidth(28);
        column.setSortable(false);
        return column;
    }

    /** The enabled box of a row. */
    private static final class EnabledCell extends TableCell<KeyValueRow, KeyValueRow> {
        private final CheckBox box = new CheckBox();
        private KeyValueRow bound;

        EnabledCell() {
            box.setAccessibleText("send this row");
        }

        @Override
        protected void updateItem(KeyValueRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.enabledProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.selectedProperty().bindBidirectional(row.enabledProperty());
            setGraphic(box);
        }
    }

    /** A red mark with the row's problem as its tooltip, blank when the row is fine. */
    private static final class ProblemCell extends TableCell<KeyValueRow, KeyValueRow> {
        private final Label mark = new Label("!");
        private final Tooltip tip = new Tooltip();

        ProblemCell() {
            mark.getStyleClass().add("row-problem");
            mark.setTooltip(tip);
        }

        @Override
        protected void updateItem(KeyValueRow row, boolean empty) {
            super.updateItem(row, empty);
            tip.textProperty().unbind();
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            tip.textProperty().bind(row.problemProperty());
            mark.visibleProperty().bind(row.problemProperty().isNotEmpty());
            mark.setAccessibleText("problem");
            setGraphic(mark);
        }
    }
}
