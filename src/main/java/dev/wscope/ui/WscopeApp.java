package dev.wscope.ui;

import atlantafx.base.theme.PrimerLight;
import dev.wscope.engine.WebSocketConnector;
import dev.wscope.ui.composer.ComposerViewModel;
import dev.wscope.ui.session.LocalTestServer;
import dev.wscope.ui.session.SessionViewModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.DataFolder;
import dev.wscope.ui.collections.CollectionsViewModel;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: wires the engine, the view models and the main window. */
public final class WscopeApp extends Application {
    /** The built-in test server's port; tests move it with -Dwscope.localServerPort. */
    static final int DEFAULT_LOCAL_SERVER_PORT = 8765;

    private ExecutorService background;
    private LocalTestServer localServer;
    private MainWindow window;

    public static void launchWindow(String[] args) {
        Application.launch(WscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        background = Executors.newCachedThreadPool(daemonThreads());
        localServer = new LocalTestServer(Integer.getInteger("wscope.localServerPort", DEFAULT_LOCAL_SERVER_PORT));
        SessionViewModel session = new SessionViewModel(new WebSocketConnector(background), background,
                Platform::runLater, localServer);
        session.urlProperty().set(localServer.echoUrl());
        ComposerViewModel composer = new ComposerViewModel(session, Platform::runLater);
        CollectionsViewModel collections = new CollectionsViewModel(new CollectionStore(DataFolder.current()), background,
                Platform::runLater);
        collections.reload();
        window = new MainWindow(session, composer, collections, localServer.echoUrl());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(WscopeApp.class.getResource("/dev/wscope/ui/wscope.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), window::saveRequest);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> focus(scene, "#url"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> focus(scene, "#timeline-filter"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                () -> window.session().diagnose());
        stage.setScene(scene);
        stage.setTitle("Wscope");
        var icon = WscopeApp.class.getResourceAsStream("/icons/wscope-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        window.start();
        stage.show();
        FirstFrame.install(stage);
    }

    private static void focus(Scene scene, String id) {
        javafx.scene.Node node = scene.lookup(id);
        if (node != null) {
            node.requestFocus();
            if (node instanceof javafx.scene.control.TextField field) {
                field.selectAll();
            }
        }
    }

    /** The window's content once start() has run (benchmarks and tests drive it). */
    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
            window.session().shutdown();
        }
        if (localServer != null) {
            localServer.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "wscope-io-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
