package dev.wscope.ui.app;

import static dev.wscope.ui.app.WindowRobot.connectTo;
import static dev.wscope.ui.app.WindowRobot.rowOfKind;
import static dev.wscope.ui.app.WindowRobot.timeline;
import static dev.wscope.ui.app.WindowRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.server.TestServer;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as a user launches it: menus first, then the visible parts, then what is out of sight. */
@ExtendWith(ApplicationExtension.class)
class ProgressiveStartUiTest {
    private WscopeApp app;
    private boolean urlInFirstFrame;
    private boolean menusInFirstFrame;

    @Start
    void start(Stage stage) {
        FreshDataFolder.use();
        app = new WscopeApp(true);
        app.start(stage);
        menusInFirstFrame = stage.getScene().lookup("#main-menu") instanceof MenuBar;
        urlInFirstFrame = stage.getScene().lookup("#url") != null;
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void theFirstFrameHasTheMenus_thenEveryPartComes_andTheWindowWorks(FxRobot robot) throws Exception {
        assertTrue(menusInFirstFrame, "the menus are in the first frame");
        assertFalse(urlInFirstFrame, "the rest is built once that frame is drawn");
        app.settled().get(30, TimeUnit.SECONDS);
        for (String id : new String[] {"#url", "#connect", "#collections", "#timeline", "#event-detail", "#composer",
                "#headers-raw", "#params-raw", "#cookies-raw", "#subprotocols", "#request-spec-description", "#diagnosis"}) {
            assertTrue(robot.lookup(id).tryQuery().isPresent(), id + " is there once the window has settled");
        }
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            connectTo(robot, server.url("/echo"));
            robot.clickOn("#send");
            waitUntil(() -> rowOfKind(timeline(robot), "received") >= 0);
        }
    }
}
