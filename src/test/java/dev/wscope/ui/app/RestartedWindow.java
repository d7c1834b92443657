package dev.wscope.ui.app;

import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A window test's app, closed and opened again on the same data folder as a user restarting Wscope does.
 * Each test gets a fresh data folder first.
 */
final class RestartedWindow {
    private final WscopeApp first = new WscopeApp();
    private Stage firstStage;
    private WscopeApp second;
    private Stage secondStage;

    void start(Stage stage) {
        FreshDataFolder.use();
        firstStage = stage;
        first.start(stage);
    }

    /** Closes the first window (its stop() runs, as at a real close) and opens a new one. */
    Stage restart(FxRobot robot, Runnable betweenRuns) {
        robot.interact(() -> {
            firstStage.hide();
            first.stop();
            betweenRuns.run();
            second = new WscopeApp();
            secondStage = new Stage();
            second.start(secondStage);
        });
        return secondStage;
    }

    WscopeApp first() {
        return first;
    }

    WscopeApp second() {
        return second;
    }

    Stage firstStage() {
        return firstStage;
    }

    void cleanUp() throws TimeoutException {
        FxToolkit.cleanupApplication(first);
        if (second != null) {
            FxToolkit.cleanupApplication(second);
        }
    }
}
