package dev.wscope.ui.app;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.workspace.Theme;
import dev.wscope.core.workspace.Workspace;
import dev.wscope.engine.WebSocketConnector;
import dev.wscope.engine.doctor.Doctor;
import dev.wscope.protocol.ProtocolCheck;
import dev.wscope.protocol.ProtocolConnector;
import dev.wscope.session.Connector;
import dev.wscope.session.Examiner;
import dev.wscope.session.ConnectionState;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.DataFolder;
import dev.wscope.store.WorkspaceFile;
import dev.wscope.ui.collections.CollectionsViewModel;
import dev.wscope.ui.common.DeferredBuild;
import dev.wscope.ui.composer.ComposerViewModel;
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
import javafx.scene.layout.BorderPane;
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
    private final DeferredBuild deferred;
    /** The connection doctor (and the protocol's own handshake last); its fixes name the window's controls. */
    private Examiner doctor;
    /** Set by the launcher: a window a user opens shows its first frame before all of it is built. */
    private static volatile boolean launched;

    /** The launched window builds itself progressively (see DeferredBuild); one started directly, at once. */
    public WscopeApp() {
        this(launched);
    }

    WscopeApp(boolean progressive) {
        deferred = progressive ? DeferredBuild.untilFirstFrame() : DeferredBuild.none();
    }

    public static void launchWindow(String[] args) {
        launched = true;
        ClassPathWarningFilter.install();
        SavedWorkspace.readEarly();
        Application.launch(WscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        background = Executors.newCachedThreadPool(daemonThreads());
        doctor = new ProtocolCheck(new Doctor(Audience.WINDOW), new ProtocolConnector(new WebSocketConnector(background)));
        localServer = new LocalTestServer(Integer.getInteger("wscope.localServerPort", DEFAULT_LOCAL_SERVER_PORT));
        DataFolder data = DataFolder.current();
        WorkspaceFile workspaceFile = new WorkspaceFile(data);
        SavedWorkspace last = SavedWorkspace.take(workspaceFile);
        Optional<Workspace> saved = last.workspace();
        ThemeSetting theme = new ThemeSetting(saved.map(Workspace::theme).orElse(Theme.LIGHT));
        BorderPane shell = new BorderPane();
        shell.getStyleClass().add("main-window");
        MainMenu menu = new MainMenu(() -> window, theme.themeProperty(), getHostServices()::showDocument);
        shell.setTop(menu.bar());
        double[] size = WindowPlacement.firstSize();
        Scene scene = new Scene(shell, size[0], size[1]);
        scene.getStylesheets().add(WscopeApp.class.getResource("/dev/wscope/ui/wscope.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Wscope");
        // decoded in the background: the window manager's icon need not hold up the first frame
        stage.getIcons().add(new Image(WscopeApp.class.getResource("/icons/wscope-256.png").toExternalForm(), true));
        saved.map(Workspace::window).ifPresent(bounds -> WindowPlacement.apply(stage, bounds));
        deferred.run(() -> {
            buildWindow(shell, data, saved);
            menu.follow(window);
            keeper = new WorkspaceKeeper(workspaceFile, background, stage, window, theme, workbench);
            saved.ifPresent(keeper::apply);
            keeper.start();
        });
        stage.show();
        FirstFrame.install(stage, deferred); // first: its probe is then told of the frame before the build goes on
        deferred.releaseAfterFirstFrame(scene);
        if (!last.problem().isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.WARNING, last.problem());
            alert.initOwner(stage);
            alert.show();
        }
    }

    /** The main window in the shell: the tabs as the last run left them, the collections read in the background. */
    private void buildWindow(BorderPane shell, DataFolder data, Optional<Workspace> saved) {
        Connector connector = new ProtocolConnector(new WebSocketConnector(background));
        OpenRequests requests = new OpenRequests(() -> newTab(connector));
        saved.ifPresent(workspace -> requests.restore(workspace.tabs(), workspace.selectedTab()));
        CollectionsViewModel collections = new CollectionsViewModel(new CollectionStore(data), background, Platform::runLater);
        collections.reload();
        SessionCommands sessions = new SessionCommands(requests, workbench, background, Platform::runLater);
        saved.ifPresent(workspace -> sessions.reopen(workspace.savedSessions()));
        window = new MainWindow(requests, collections, workbench, sessions, localServer.echoUrl(),
                deferred);
        shell.setCenter(window.root());
        window.start();
    }

    /** A tab with its own connection, set to the built-in test server's echo; an address that connects is remembered. */
    private RequestTab newTab(Connector connector) {
        SessionViewModel session = new SessionViewModel(connector, doctor, background, Platform::runLater, localServer);
        session.form().urlProperty().set(localServer.echoUrl());
        session.stateProperty().addListener((o, old, state) -> {
            if (state == ConnectionState.CONNECTED) {
                workbench.recentUrls().add(session.form().urlProperty().get());
            }
        });
        return new RequestTab(session, new ComposerViewModel(session, Platform::runLater));
    }

    /** Completes once every part of the window is built and drawn (at once, unless a user launched it). */
    public java.util.concurrent.CompletableFuture<Void> settled() {
        return deferred.settled();
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
