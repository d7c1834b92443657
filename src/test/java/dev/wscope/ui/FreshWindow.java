package dev.wscope.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A window test's start: the real main window at its default size (1280x800) in a new, empty data folder for
 * each test, stopped after it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class FreshWindow {
    protected WscopeApp app;

    // a @Start method here would not be found: TestFX reads only the test class's own declared methods
    @BeforeEach
    void openWindow() throws Exception {
        FreshDataFolder.use();
        app = (WscopeApp) FxToolkit.setupApplication(WscopeApp::new);
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
    }
}
