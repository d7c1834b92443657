package dev.wscope.ui.collections;

import dev.wscope.collections.LoadedCollection;
import dev.wscope.ui.environments.EnvironmentsEditor;
import dev.wscope.ui.environments.EnvironmentsModel;
import dev.wscope.ui.spec.SpecEditorView;
import dev.wscope.ui.spec.SpecFieldsModel;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

/**
 * A collection's settings: its spec fields (status, owner, tags, Markdown description with preview) and its
 * environments with their variables. OK saves both in one undoable change; bad environments are named and
 * the dialog stays open.
 */
final class CollectionSettingsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    CollectionSettingsDialog(CollectionsViewModel model, LoadedCollection loaded, Window owner) {
        SpecFieldsModel spec = new SpecFieldsModel();
        spec.load(loaded.collection().spec());
        EnvironmentsModel environments = new EnvironmentsModel(loaded.collection().environments());
        Tab specTab = new Tab("Spec", new SpecEditorView(spec, "collection-spec"));
        Tab environmentsTab = new Tab("Environments", new EnvironmentsEditor(environments));
        TabPane tabs = new TabPane(specTab, environmentsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(760, 520);
        dialog.setTitle("Collection settings");
        dialog.setHeaderText(loaded.collection().name());
        dialog.setResizable(true);
        dialog.getDialogPane().setId("collection-settings");
        dialog.getDialogPane().setContent(tabs);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("collection-settings-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> environments.problem().ifPresent(problem -> {
            e.consume();
            tabs.getSelectionModel().select(environmentsTab);
            Alert alert = new Alert(Alert.AlertType.WARNING, problem, ButtonType.OK);
            alert.initOwner(dialog.getDialogPane().getScene().getWindow());
            alert.setHeaderText("The environments cannot be saved yet");
            alert.showAndWait();
        }));
        dialog.setResultConverter(button -> {
            if (button == ButtonType.OK) {
                model.change(loaded, "Change settings of '" + loaded.collection().name() + "'",
                        c -> c.withSpec(spec.toSpec()).withEnvironments(environments.toEnvironments()));
            }
            return button;
        });
    }

    void show() {
        dialog.show();
    }
}
