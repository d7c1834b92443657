package dev.wscope.ui;

import dev.wscope.core.workspace.Theme;
import dev.wscope.core.workspace.Workspace;
import dev.wscope.engine.WebSocketConnector;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.DataFolder;
import dev.wscope.store.StoreException;
import dev.wscope.store.WorkspaceFile;
import dev.wscope.ui.collections.CollectionsViewModel;
import dev.wscope.ui.composer.ComposerViewModel;
import dev.wscope.ui.session.ConnectionState;
import dev.wscope.ui.session.LocalTestServer;
import dev.wscope.ui.session.SessionViewModel;
import dev.wscope.ui.workspace.OpenRequests;
import dev.wscope.ui.workspace.RequestTab;
import dev.wscope.ui.workspace.SessionCommands;
import dev.wscope.ui.workspace.Workbench;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: wires the engine, the view models and the main window. */
public final class WscopeApp extends Application {
    /** The built-in test server's port; tests move it with -Dwscope.localServerPort. */
    static final int DEFAULT_LOCAL_SERVER_PORT = 8765;

    private ExecutorService background;
    private LocalTestServer localServer;
    private MainWindow window;
    private WorkspaceKeeper keeper;
    private final Workbench workbench = new Workbench();

    public static void launchWindow(String[] args) {
        Application.launch(WscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        background = Executors.newCachedThreadPool(daemonThreads());
        localServer = new LocalTestServer(Integer.getInteger("wscope.localServerPort", DEFAULT_LOCAL_SERVER_PORT));
        DataFolder data = DataFolder.current();
        WebSocketConnector connector = new WebSocketConnector(background);
        OpenRequests requests = new OpenRequests(() -> newTab(connector));
        CollectionsViewModel collections = new CollectionsViewModel(new CollectionStore(data), background, Platform::runLater);
        collections.reload();
        WorkspaceFile workspaceFile = new WorkspaceFile(data);
        StringBuilder problem = new StringBuilder();
        Optional<Workspace> saved = read(workspaceFile, problem);
        saved.ifPresent(workspace -> requests.restore(workspace.tabs(), workspace.selectedTab()));
        ThemeSetting theme = new ThemeSetting(saved.map(Workspace::theme).orElse(Theme.LIGHT));
        SessionCommands sessions = new SessionCommands(requests, workbench, background, Platform::runLater,
                this::savedSessionTab);
        window = new MainWindow(requests, collections, workbench, sessions, theme.themeProperty(), localServer.echoUrl());
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(WscopeApp.class.getResource("/dev/wscope/ui/wscope.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Wscope");
        var icon = WscopeApp.class.getResourceAsStream("/icons/wscope-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        keeper = new WorkspaceKeeper(workspaceFile, background, stage, window, theme, workbench);
        saved.ifPresent(keeper::apply);
        window.start();
        stage.show();
        FirstFrame.install(stage);
        keeper.start();
        if (problem.length() > 0) {
            Alert alert = new Alert(Alert.AlertType.WARNING, problem.toString());
            alert.initOwner(stage);
            alert.show();
        }
    }

    private static Optional<Workspace> read(WorkspaceFile file, StringBuilder problem) {
        try {
            return file.read();
        } catch (StoreException e) {
            problem.append(e.getMessage());
            return Optional.empty();
        }
    }

    /** A tab with its own connection, set to the built-in test server's echo; an address that connects is remembered. */
    private RequestTab newTab(WebSocketConnector connector) {
        SessionViewModel session = new SessionViewModel(connector, background, Platform::runLater, localServer);
        session.urlProperty().set(localServer.echoUrl());
        session.stateProperty().addListener((o, old, state) -> {
            if (state == ConnectionState.CONNECTED) {
                workbench.recentUrls().add(session.urlProperty().get());
            }
        });
        return new RequestTab(session, new ComposerViewModel(session, Platform::runLater));
    }

    /** A tab that shows a saved session, read from its file: it cannot connect. */
    private RequestTab savedSessionTab(dev.wscope.core.timeline.SessionTimeline timeline, java.nio.file.Path file) {
        SessionViewModel session = SessionViewModel.ofSavedSession(timeline, file, background, Platform::runLater);
        return new RequestTab(session, new ComposerViewModel(session, Platform::runLater));
    }

    /** The window's content once start() has run (benchmarks and tests drive it). */
    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (keeper != null) {
            keeper.saveNow();
        }
        if (window != null) {
            window.stop();
            window.requests().shutdown();
        }
        if (localServer != null) {
            localServer.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "wscope-io-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
