package dev.wscope.ui.app;

import dev.wscope.collections.FoundRequest;
import dev.wscope.collections.SaveTarget;
import dev.wscope.core.collection.RequestDraft;
import dev.wscope.core.collection.SavedMessage;
import dev.wscope.ui.collections.CollectionsView;
import dev.wscope.ui.collections.CollectionsViewModel;
import dev.wscope.ui.collections.NameDialog;
import dev.wscope.ui.collections.TreeActions;
import dev.wscope.ui.common.DeferredBuild;
import dev.wscope.ui.session.SessionViewModel;
import dev.wscope.ui.workspace.OpenRequests;
import dev.wscope.ui.workspace.RequestTab;
import dev.wscope.ui.workspace.RequestTabsView;
import dev.wscope.ui.workspace.SessionCommands;
import dev.wscope.ui.workspace.Workbench;
import dev.wscope.ui.workspace.WorkspaceTab;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The main window's content (the menu bar is the shell's, see WscopeApp): the collections tree on the left; the open requests in tabs, each
 * with its own connection, on the right; a status line. Also runs the batches that take in engine events for
 * every tab. FX thread only.
 */
public final class MainWindow implements TreeActions {
    private final BorderPane root = new BorderPane();
    private final OpenRequests open;
    private final CollectionsViewModel collections;
    private final CollectionsView tree;
    private final RequestTabsView tabs;
    private final SplitPane center;
    private final BatchDrainer batches;
    private final SessionCommands sessions;
    private SessionFilePicker files = new SessionFileChooser();
    /** The divider between the tree and the tabs, and a pixel to spare. */
    private static final double TREE_DIVIDER_ROOM = 8;

    public MainWindow(OpenRequests open, CollectionsViewModel collections, Workbench workbench, SessionCommands sessions,
                      String localServerUrl, DeferredBuild deferred) {
        this.open = open;
        this.collections = collections;
        this.sessions = sessions;
        this.tree = new CollectionsView(collections, this, localServerUrl);
        this.tabs = new RequestTabsView(open, workbench, this::save, deferred);
        center = new SplitPane(tree, tabs);
        center.setDividerPositions(0.2); // 256 px at 1280: the sample's message names whole, no scroll bar
        SplitPane.setResizableWithParent(tree, false);
        center.widthProperty().addListener((o, old, width) -> treeGivesWay(width.doubleValue()));
        root.setCenter(center);
        root.setBottom(new StatusBar(open.selectedProperty(), workbench.notice(), localServerUrl));
        root.getStyleClass().add("main-window");
        collections.collectionsProperty().addListener((o, old, loaded) -> followStoredRequests());
        batches = new BatchDrainer(open::drain, open::waiting);
    }

    /**
     * The tree keeps its width as the window grows, but gives way when the window narrows past what the tabs
     * need (a window narrowed from 1280 to 1024 px ran past its right edge by the tree's width).
     */
    private void treeGivesWay(double width) {
        double room = width - tabs.minWidth(-1) - TREE_DIVIDER_ROOM;
        if (width > 0 && tree.getWidth() > room && room > 0) {
            center.setDividerPositions(room / width);
        }
    }

    /**
     * Saves the tab's request into its collection (the `save-request` button, Ctrl+S); a request saved for the
     * first time is named by the user first. Completes with whether it was saved.
     */
    CompletableFuture<Boolean> save(RequestTab tab) {
        RequestDraft draft;
        try {
            draft = tab.draft();
        } catch (IllegalArgumentException unreadable) {
            tab.session().form().urlErrorProperty().set("Not saved: " + unreadable.getMessage());
            return CompletableFuture.completedFuture(false);
        }
        SaveTarget target = tree.saveTarget();
        if (draft.id() == null) {
            String into = target == null ? "your collection" : "'" + target.collection().collection().name() + "'";
            Optional<String> name = NameDialog.ask(owner(), "Save request", "Save the request into " + into + " as",
                    draft.name());
            if (name.isEmpty()) {
                return CompletableFuture.completedFuture(false);
            }
            draft = draft.withName(name.get());
        }
        return collections.save(draft, target).thenApply(saved -> {
            tab.saved(saved);
            return true;
        }).exceptionally(failed -> false); // the tree's status line says why
    }

    /** A rename, move or reordering in the tree reaches the tabs that have those requests open. */
    private void followStoredRequests() {
        for (RequestTab tab : open.requestTabs().toList()) {
            tab.requestId().flatMap(collections::find)
                    .ifPresent(found -> tab.storedAs(found.request(), found.collection().collection().environments()));
        }
    }

    @Override
    public void openRequest(FoundRequest request) {
        open.open(request.request(), request.collection().collection().environments());
    }

    @Override
    public void useMessage(FoundRequest request, SavedMessage message) {
        RequestTab tab = open.open(request.request(), request.collection().collection().environments());
        tab.loadMessage(message);
        tab.composer().sendLoaded(message.name());
    }

    public Parent root() {
        return root;
    }

    /** Saves the request on show (Ctrl+S); a saved session's tab has none. */
    public void saveRequest() {
        open.selectedRequest().ifPresent(this::save);
    }

    /** Closes the tab on show, asking first when it has unsaved changes (Ctrl+W). */
    void closeTab() {
        tabs.close(open.selected());
    }

    /** File > Save session as: the tab's whole session as NDJSON. */
    void saveSession() {
        WorkspaceTab tab = open.selected();
        files.toSave(owner(), "Save the session of '" + tab.titleProperty().get() + "'")
                .ifPresent(file -> sessions.save(tab, file));
    }

    /** File > Export shown events: only the rows the filter kept. */
    void exportShownEvents() {
        WorkspaceTab tab = open.selected();
        files.toSave(owner(), "Export the events on show").ifPresent(file -> sessions.exportShown(tab, file));
    }

    /** File > Open session: a saved session in a tab of its own. */
    void openSession() {
        files.toOpen(owner()).ifPresent(sessions::open);
    }

    /**
     * Where session files are picked from now on. The window tests answer for the desktop's dialog: Monocle,
     * their headless toolkit, has none (its FileChooser throws UnsupportedOperationException).
     */
    void pickSessionFilesWith(SessionFilePicker picker) {
        files = picker;
    }

    private javafx.stage.Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    CollectionsView tree() {
        return tree;
    }

    /** The collections | tabs divider, for remembering it. */
    SplitPane center() {
        return center;
    }

    /** The open requests, one tab each. */
    public OpenRequests requests() {
        return open;
    }

    /** The connection of the tab on show (benchmarks and tests); a saved session's tab has none. */
    public SessionViewModel session() {
        return open.selectedRequest().orElseThrow(() -> new IllegalStateException("a saved session is on show")).session();
    }

    /** Whether the tab on show is a request: what acts on the request (connect, save, diagnose) needs one. */
    BooleanBinding requestOnShow() {
        return Bindings.createBooleanBinding(() -> open.selected() instanceof RequestTab, open.selectedProperty());
    }

    public void start() {
        batches.start();
    }

    public void stop() {
        batches.stop();
    }
}
