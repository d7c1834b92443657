package dev.wscope.ui.collections;

import dev.wscope.collections.LoadedCollection;
import dev.wscope.collections.SaveTarget;
import dev.wscope.ui.common.Fields;
import dev.wscope.ui.common.Icons;
import dev.wscope.ui.common.Tips;
import dev.wscope.ui.help.Shortcut;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The `collections` tree: collections, folders, saved requests and their saved messages. Double-click (or
 * Enter) opens a request in its tab or sends a message; the context menu (or F2, Delete) renames,
 * duplicates, moves and deletes; drag and drop moves and reorders; Undo (Ctrl+Z) takes a change back.
 */
public final class CollectionsView extends VBox {
    private final TreeView<TreeNode> tree = new TreeView<>(new TreeItem<>(new TreeNode.Root()));
    private final TreeBuilder builder = new TreeBuilder();
    private final CollectionsViewModel model;
    private final TreeCommands commands;

    public CollectionsView(CollectionsViewModel model, TreeActions actions, String newRequestUrl) {
        this.model = model;
        this.commands = new TreeCommands(model, actions, newRequestUrl, () -> getScene() == null ? null : getScene().getWindow());
        TreeMenus menus = new TreeMenus(model, commands);
        tree.setId("collections");
        tree.setShowRoot(false);
        tree.setAccessibleText("collections");
        tree.setCellFactory(t -> new ItemCell(menus, commands::act, model));
        tree.setOnKeyPressed(this::keyPressed);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(header(), tree,
                wrapped(Fields.messageLine("collections-error", "error-text", model.problemProperty())),
                wrapped(Fields.messageLine("collections-notice", "hint", model.noticeProperty())), undoBar());
        setSpacing(6);
        setPadding(new Insets(8));
        model.collectionsProperty().addListener((o, old, loaded) -> rebuild(loaded));
        rebuild(model.collectionsProperty().get());
    }

    private HBox header() {
        Label title = new Label("Collections");
        title.getStyleClass().add("hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button add = small("", "new-collection", "New collection", Feather.FOLDER_PLUS);
        add.setOnAction(e -> commands.newCollection());
        Button open = small("", "open-collection", "Open a collection file from anywhere (a git repository, say)", Feather.FOLDER);
        open.setOnAction(e -> commands.open());
        HBox header = new HBox(4, title, gap, add, open);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static Label wrapped(Label line) {
        line.setWrapText(true);
        return line;
    }

    private HBox undoBar() {
        Label what = new Label();
        what.getStyleClass().add("hint");
        what.setWrapText(true);
        what.textProperty().bind(model.undoLabelProperty());
        Button undo = small("Undo", "undo-collections", "Take back the last change to the collections (Ctrl+Z in the tree)", Feather.ROTATE_CCW);
        undo.setOnAction(e -> model.undo());
        undo.setMinWidth(Region.USE_PREF_SIZE); // the words beside it wrap; the button stays whole
        what.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox bar = new HBox(6, what, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.undoLabelProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void keyPressed(KeyEvent key) {
        TreeItem<TreeNode> selected = tree.getSelectionModel().getSelectedItem();
        if (Shortcut.UNDO_TREE.matches(key)) {
            model.undo();
        } else if (selected == null) {
            return;
        } else if (key.getCode() == KeyCode.ENTER) {
            commands.act(selected);
        } else if (Shortcut.RENAME.matches(key)) {
            commands.rename(TreeLocation.of(selected));
        } else if (Shortcut.DELETE.matches(key) && !(selected.getValue() instanceof TreeNode.OfCollection)) {
            TreeLocation at = TreeLocation.of(selected);
            model.delete(at.collection(), at.path());
        }
    }

    private void rebuild(List<LoadedCollection> loaded) {
        builder.rebuild(tree.getRoot(), loaded);
    }

    /** File > Open collection: a collection file from anywhere joins the tree. */
    public void openFile() {
        commands.open();
    }

    /** File > Import AsyncAPI: a document becomes a new collection. */
    public void importAsyncApi() {
        commands.importAsyncApi();
    }

    /** File > New collection. */
    public void newCollection() {
        commands.newCollection();
    }

    /** Where a request saved for the first time goes: the collection or folder selected in the tree, if any. */
    public SaveTarget saveTarget() {
        TreeItem<TreeNode> selected = tree.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return null;
        }
        TreeLocation at = TreeLocation.of(selected);
        return SaveTarget.around(at.collection(), at.path());
    }

    private static Button small(String text, String id, String tip, Feather icon) {
        Button button = Icons.on(new Button(text), icon);
        button.setId(id);
        Tips.on(button, tip);
        button.setAccessibleText(tip);
        button.getStyleClass().add("small");
        return button;
    }
}
