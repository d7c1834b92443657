package dev.wscope.ui.workspace;

import dev.wscope.ui.common.DeferredBuild;
import dev.wscope.ui.common.Icons;
import dev.wscope.ui.common.Tips;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/**
 * The tab strip of the open requests and saved sessions (`open-requests`): one tab each, titled by the
 * request's name with a dot while it has unsaved changes (a saved session's by its file name), closable (a
 * tab with unsaved changes asks first), and "+" for a new one. Only the selected tab holds its workspace, so
 * there is one `url`, one `timeline` ... in the scene.
 */
public final class RequestTabsView extends StackPane {
    private final TabPane tabs = new TabPane();
    private final Map<WorkspaceTab, Tab> shown = new HashMap<>();
    private final Map<WorkspaceTab, Region> workspaces = new HashMap<>();
    private final OpenRequests open;
    private final Function<RequestTab, CompletableFuture<Boolean>> save;
    private final Workbench workbench;
    private final DeferredBuild deferred;

    public RequestTabsView(OpenRequests open, Workbench workbench, Function<RequestTab, CompletableFuture<Boolean>> save,
                          DeferredBuild deferred) {
        this.open = open;
        this.deferred = deferred;
        this.workbench = workbench;
        this.save = save;
        tabs.setId("open-requests");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.setTabDragPolicy(TabPane.TabDragPolicy.REORDER);
        Button add = Icons.on(new Button(), Feather.PLUS);
        add.setId("new-tab");
        Tips.on(add, "New tab (Ctrl+T)");
        add.setAccessibleText("new tab");
        add.getStyleClass().add("small");
        add.setOnAction(e -> open.add());
        StackPane.setAlignment(add, Pos.TOP_RIGHT);
        StackPane.setMargin(add, new Insets(3, 6, 0, 0));
        getChildren().addAll(tabs, add);
        WorkspaceTab onShow = open.selected(); // adding the first tab selects it: the model's choice comes after
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> tabSelected(old, tab));
        open.tabs().forEach(this::addTab);
        open.tabs().addListener((ListChangeListener<WorkspaceTab>) change -> tabsChanged(change));
        open.selectedProperty().addListener((o, old, tab) -> select(tab));
        open.selectedProperty().set(onShow);
        select(onShow);
    }

    private void tabsChanged(ListChangeListener.Change<? extends WorkspaceTab> change) {
        while (change.next()) {
            change.getRemoved().forEach(this::removeTab);
            change.getAddedSubList().forEach(this::addTab);
        }
    }

    private void addTab(WorkspaceTab model) {
        Tab tab = new Tab();
        tab.textProperty().bind(Bindings.when(model.dirtyProperty()).then(Bindings.concat("● ", model.titleProperty()))
                .otherwise(model.titleProperty()));
        tab.setUserData(model);
        tab.setOnCloseRequest(e -> {
            e.consume(); // the model decides, and removes the tab through the list
            close(model);
        });
        shown.put(model, tab);
        tabs.getTabs().add(tab);
    }

    private void removeTab(WorkspaceTab model) {
        Tab tab = shown.remove(model);
        workspaces.remove(model);
        if (tab != null) {
            tab.setContent(null);
            tabs.getTabs().remove(tab);
        }
    }

    private void select(WorkspaceTab model) {
        Tab tab = shown.get(model);
        if (tab != null && tabs.getSelectionModel().getSelectedItem() != tab) {
            tabs.getSelectionModel().select(tab);
        }
    }

    /** Moves the workspace in: the old tab gives up its content, so node ids are never twice in the scene. */
    private void tabSelected(Tab old, Tab tab) {
        if (old != null) {
            old.setContent(null);
        }
        if (tab == null) {
            return;
        }
        WorkspaceTab shownTab = (WorkspaceTab) tab.getUserData();
        tab.setContent(workspaces.computeIfAbsent(shownTab, this::workspaceOf));
        open.selectedProperty().set(shownTab);
    }

    private Region workspaceOf(WorkspaceTab tab) {
        if (tab instanceof RequestTab request) {
            return new RequestWorkspaceView(request, workbench, () -> save.apply(request), deferred);
        }
        return new SavedSessionView((SavedSessionTab) tab, workbench);
    }

    /** At least what the tab on show needs: a TabPane reports 0, and the window then laid the workspace past its edge. */
    @Override
    protected double computeMinWidth(double height) {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        double content = selected != null && selected.getContent() instanceof Region region ? region.minWidth(-1) : 0;
        return Math.max(super.computeMinWidth(height), content);
    }

    /** Closes the tab, after asking when it has unsaved changes (the tab's ×, Ctrl+W): save, don't save, or stay. */
    public void close(WorkspaceTab shownTab) {
        if (!(shownTab instanceof RequestTab request) || !request.dirtyProperty().get()) {
            open.close(shownTab);
            return;
        }
        ButtonType saveFirst = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "'" + request.titleProperty().get()
                + "' has changes that are not saved.", saveFirst, discard, ButtonType.CANCEL);
        ask.setHeaderText("Save the changes before closing?");
        ask.getDialogPane().setId("unsaved-changes");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == discard) {
            open.close(request);
        } else if (answer == saveFirst) {
            save.apply(request).thenAccept(saved -> {
                if (saved) {
                    open.close(request);
                }
            });
        }
    }
}
