package dev.wscope.ui.app;

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
        // a window another test left open (a restarted app, a dialog) would answer this test's lookups
        FxToolkit.setupFixture(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(window -> window != FxToolkit.toolkitContext().getRegisteredStage())
                .forEach(javafx.stage.Window::hide));
        FreshDataFolder.use();
        app = (WscopeApp) FxToolkit.setupApplication(WscopeApp::new);
        // the stage TestFX keeps between tests keeps a size another test gave it (RememberedStateUiTest's
        // 1111x707): back to the scene's default 1280x800
        FxToolkit.setupFixture(() -> FxToolkit.toolkitContext().getRegisteredStage().sizeToScene());
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
    }
}
