package dev.wscope.ui;

import atlantafx.base.theme.PrimerLight;
import dev.wscope.engine.WebSocketConnector;
import dev.wscope.store.CollectionStore;
import dev.wscope.store.DataFolder;
import dev.wscope.ui.collections.CollectionsViewModel;
import dev.wscope.ui.composer.ComposerViewModel;
import dev.wscope.ui.session.LocalTestServer;
import dev.wscope.ui.session.SessionViewModel;
import dev.wscope.ui.workspace.OpenRequests;
import dev.wscope.ui.workspace.RequestTab;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
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
        WebSocketConnector connector = new WebSocketConnector(background);
        OpenRequests requests = new OpenRequests(() -> newTab(connector));
        CollectionsViewModel collections = new CollectionsViewModel(new CollectionStore(DataFolder.current()), background,
                Platform::runLater);
        collections.reload();
        window = new MainWindow(requests, collections, localServer.echoUrl());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(WscopeApp.class.getResource("/dev/wscope/ui/wscope.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Wscope");
        var icon = WscopeApp.class.getResourceAsStream("/icons/wscope-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        window.start();
        stage.show();
    }

    /** A tab with its own connection, set to the built-in test server's echo. */
    private RequestTab newTab(WebSocketConnector connector) {
        SessionViewModel session = new SessionViewModel(connector, background, Platform::runLater, localServer);
        session.urlProperty().set(localServer.echoUrl());
        return new RequestTab(session, new ComposerViewModel(session, Platform::runLater));
    }

    /** The window's content once start() has run (benchmarks and tests drive it). */
    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
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
