package dev.wscope.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A window test's start: the real main window at its default size (1280x800) in a new, empty data folder for
 * each test, stopped after it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class FreshWindow {
    protected WscopeApp app;

    @Start
    void start(Stage stage) {
        FreshDataFolder.use();
        app = new WscopeApp();
        app.start(stage);
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
    }
}
