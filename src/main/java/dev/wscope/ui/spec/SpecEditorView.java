package dev.wscope.ui.spec;

import dev.wscope.core.collection.SpecStatus;
import dev.wscope.ui.common.Fields;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The spec fields of a request or a collection: status, owner, tags, and the Markdown description beside
 * its rendered preview. Node ids start with the given prefix ("request-spec-status" ...), so the request's
 * and a collection's editors can be told apart.
 */
public final class SpecEditorView extends VBox {
    public SpecEditorView(SpecFieldsModel model, String idPrefix) {
        ComboBox<SpecStatus> status = new ComboBox<>(FXCollections.observableArrayList(SpecStatus.values()));
        status.getItems().add(0, null);
        status.setId(idPrefix + "-status");
        status.setAccessibleText("status");
        status.setButtonCell(new StatusCell());
        status.setCellFactory(list -> new StatusCell());
        status.valueProperty().bindBidirectional(model.statusProperty());
        TextField owner = Fields.text(idPrefix + "-owner", "team or person who answers for it");
        owner.textProperty().bindBidirectional(model.ownerProperty());
        TextField tags = Fields.text(idPrefix + "-tags", "comma-separated, e.g. market, stream");
        tags.textProperty().bindBidirectional(model.tagsProperty());
        TextArea description = new TextArea();
        description.setId(idPrefix + "-description");
        description.setPromptText("Markdown: # heading, **bold**, `code`, - lists, | tables |");
        description.setAccessibleText("description, Markdown");
        description.setWrapText(true);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        MarkdownView preview = new MarkdownView();
        preview.setId(idPrefix + "-preview");
        preview.setPadding(new Insets(8));
        preview.show(model.descriptionProperty().get());
        model.descriptionProperty().addListener((o, old, text) -> preview.show(text));
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        SplitPane descriptionPane = new SplitPane(description, previewScroll);
        VBox.setVgrow(descriptionPane, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label("Status"), status);
        grid.addRow(1, new Label("Owner"), owner);
        grid.addRow(2, new Label("Tags"), tags);
        Label descriptionLabel = new Label("Description (Markdown, preview on the right)");
        descriptionLabel.getStyleClass().add("hint");
        getChildren().addAll(grid, descriptionLabel, descriptionPane);
        setSpacing(8);
        setPadding(new Insets(10));
    }


    /** A status by its label, "Not set" for none; resets in its empty branch. */
    private static final class StatusCell extends ListCell<SpecStatus> {
        @Override
        protected void updateItem(SpecStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "Not set" : item.label());
        }
    }
}
