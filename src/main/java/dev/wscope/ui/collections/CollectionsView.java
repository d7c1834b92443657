package dev.wscope.ui.collections;

import dev.wscope.core.collection.CollectionItem;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The `collections` tree: collections, folders, saved requests and their saved messages. Double-click (or
 * Enter on) a request to open it, a message to put it in the composer (and send it when connected).
 */
public final class CollectionsView extends VBox {
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("Collections"));
    private final Label problem = new Label();

    public CollectionsView(CollectionsViewModel model, Consumer<SavedRequest> open, Consumer<SavedMessage> use) {
        tree.setId("collections");
        problem.setId("collections-error");
        tree.setShowRoot(false);
        tree.setAccessibleText("collections");
        tree.setCellFactory(t -> new ItemCell(open, use));
        tree.setOnKeyPressed(e -> {
            TreeItem<Object> selected = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                act(selected.getValue(), open, use);
            }
        });
        Label title = new Label("Collections");
        title.getStyleClass().add("hint");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(title, tree, problem);
        setSpacing(6);
        setPadding(new Insets(8));
        model.collectionsProperty().addListener((o, old, loaded) -> rebuild(loaded));
        rebuild(model.collectionsProperty().get());
    }

    private void rebuild(List<LoadedCollection> loaded) {
        tree.getRoot().getChildren().clear();
        for (LoadedCollection collection : loaded) {
            TreeItem<Object> node = new TreeItem<>(collection);
            addItems(node, collection.collection().items());
            node.setExpanded(true);
            tree.getRoot().getChildren().add(node);
        }
    }

    private static void addItems(TreeItem<Object> parent, List<CollectionItem> items) {
        for (CollectionItem item : items) {
            TreeItem<Object> node = new TreeItem<>(item);
            if (item instanceof Folder folder) {
                addItems(node, folder.items());
                node.setExpanded(true);
            } else if (item instanceof SavedRequest request) {
                request.messages().forEach(message -> node.getChildren().add(new TreeItem<>(message)));
            }
            parent.getChildren().add(node);
        }
    }

    /** Opens a request, or uses a message; other items have nothing to do. */
    private static void act(Object item, Consumer<SavedRequest> open, Consumer<SavedMessage> use) {
        if (item instanceof SavedRequest request) {
            open.accept(request);
        } else if (item instanceof SavedMessage message) {
            use.accept(message);
        }
    }

    /** Names by kind; double-click (or Enter) acts on requests and messages. Resets in its empty branch. */
    private static final class ItemCell extends TreeCell<Object> {
        ItemCell(Consumer<SavedRequest> open, Consumer<SavedMessage> use) {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    act(getItem(), open, use);
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(label(item));
        }

        private static String label(Object item) {
            if (item instanceof LoadedCollection collection) {
                return collection.collection().name();
            } else if (item instanceof Folder folder) {
                return "▸ " + folder.name();
            } else if (item instanceof SavedRequest request) {
                return "⇄ " + request.name();
            } else if (item instanceof SavedMessage message) {
                return (message.fromServer() ? "↓ " : "↑ ") + message.name();
            }
            return String.valueOf(item);
        }
    }
}
