package dev.wscope.ui.collections;

import dev.wscope.collections.FoundRequest;
import dev.wscope.collections.LoadedCollection;
import dev.wscope.core.collection.SavedRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TreeItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The tree's commands that ask the user something first: a name, a file, a confirmation. FX thread only. */
final class TreeCommands {
    private final CollectionsViewModel model;
    private final TreeActions actions;
    private final String newRequestUrl;
    private final Supplier<Window> owner;

    TreeCommands(CollectionsViewModel model, TreeActions actions, String newRequestUrl, Supplier<Window> owner) {
        this.model = model;
        this.actions = actions;
        this.newRequestUrl = newRequestUrl;
        this.owner = owner;
    }

    /** Double-click or Enter: a request opens in its tab, a saved message goes to its request's tab. */
    void act(TreeItem<TreeNode> item) {
        TreeLocation at = TreeLocation.of(item);
        if (at.node() instanceof TreeNode.OfRequest request) {
            actions.openRequest(new FoundRequest(at.collection(), at.path(), request.request()));
        } else if (at.node() instanceof TreeNode.OfMessage message) {
            actions.useMessage(new FoundRequest(at.collection(), at.path().parent(), message.request()), message.message());
        }
    }

    void newRequest(TreeLocation at) {
        askName("New request", "Name of the new request", "New request").ifPresent(name -> {
            SavedRequest request = SavedRequest.of(name, newRequestUrl);
            model.newRequest(at.collection(), at.path(), request).thenRun(() -> model.find(request.id())
                    .ifPresent(actions::openRequest));
        });
    }

    void newFolder(TreeLocation at) {
        askName("New folder", "Name of the new folder", "New folder").ifPresent(name -> model.newFolder(at.collection(),
                at.path(), name));
    }

    void newCollection() {
        askName("New collection", "Name of the new collection", "My API").ifPresent(model::newCollection);
    }

    void rename(TreeLocation at) {
        askName("Rename", "New name for '" + at.node().name() + "'", at.node().name())
                .ifPresent(name -> model.rename(at.collection(), at.path(), name));
    }

    void settings(LoadedCollection loaded) {
        new CollectionSettingsDialog(model, loaded, owner.get()).show();
    }

    void open() {
        FileChooser chooser = chooser("Open a collection file");
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            model.open(file.toPath());
        }
    }

    void saveAs(LoadedCollection loaded) {
        FileChooser chooser = chooser("Save '" + loaded.collection().name() + "' as");
        chooser.setInitialFileName(loaded.file().getFileName().toString());
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            Path target = file.toPath().getFileName().toString().endsWith(".json") ? file.toPath()
                    : file.toPath().resolveSibling(file.getName() + ".json");
            model.saveAs(loaded, target);
        }
    }

    void exportAsyncApi(LoadedCollection loaded) {
        FileChooser chooser = chooser("Export '" + loaded.collection().name() + "' as AsyncAPI 3.0", "AsyncAPI (*.yaml, *.json)",
                "*.yaml", "*.yml", "*.json");
        chooser.setInitialFileName(baseName(loaded) + ".asyncapi.yaml");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            model.exportAsyncApi(loaded, file.toPath());
        }
    }

    void exportDocs(LoadedCollection loaded) {
        FileChooser chooser = chooser("Export '" + loaded.collection().name() + "' as an HTML page", "HTML (*.html)", "*.html");
        chooser.setInitialFileName(baseName(loaded) + ".html");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            model.exportDocs(loaded, file.toPath());
        }
    }

    void importAsyncApi() {
        FileChooser chooser = chooser("Import an AsyncAPI document", "AsyncAPI 2.x or 3.x (*.yaml, *.yml, *.json)",
                "*.yaml", "*.yml", "*.json");
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            model.importAsyncApi(file.toPath());
        }
    }

    private static String baseName(LoadedCollection loaded) {
        return loaded.file().getFileName().toString().replaceFirst("\\.json$", "");
    }

    void deleteCollection(LoadedCollection loaded) {
        if (loaded.external()) {
            model.deleteCollection(loaded);
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete the collection '" + loaded.collection().name()
                + "' with its " + loaded.collection().requests().size() + " request(s)? Undo brings it back; its file is"
                + " kept as " + loaded.file().getFileName() + ".bak.", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner.get());
        confirm.setHeaderText("Delete collection");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.deleteCollection(loaded));
    }

    private FileChooser chooser(String title) {
        return chooser(title, "Wscope collections (*.json)", "*.json");
    }

    private static FileChooser chooser(String title, String kind, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, patterns));
        return chooser;
    }

    private Optional<String> askName(String title, String header, String initial) {
        return NameDialog.ask(owner.get(), title, header, initial);
    }
}
