package dev.wscope.ui.app;

import static dev.wscope.ui.app.WindowRobot.connectTo;
import static dev.wscope.ui.app.WindowRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.server.TestServer;
import dev.wscope.ui.workspace.RequestTab;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Close the window, open a new one on the same data folder: theme, size, tabs and what was typed are back. */
@ExtendWith(ApplicationExtension.class)
class RememberedStateUiTest {
    private final RestartedWindow window = new RestartedWindow();

    @Start
    void start(Stage stage) {
        window.start(stage);
    }

    @AfterEach
    void stopApps() throws Exception {
        window.cleanUp();
    }

    @Test
    void themeSizeTabsAndWhatWasTyped_areThereAfterARestart(FxRobot robot) throws Exception {
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            connectTo(robot, server.url("/echo"));
            robot.clickOn("#connect");
            robot.clickOn("#new-tab");
            robot.interact(() -> {
                robot.lookup("#url").queryAs(TextField.class).setText("ws://127.0.0.1:9/typed-not-saved");
                robot.lookup("#composer").queryAs(CodeArea.class).replaceText("a message typed, never sent");
            });
            robot.clickOn("View").clickOn("Dark theme");
            robot.interact(() -> {
                window.firstStage().setWidth(1111);
                window.firstStage().setHeight(707);
            });
            assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());

            // the theme is reset between the runs: the new window must set it itself
            Stage stage = window.restart(robot, () -> Application.setUserAgentStylesheet(null));

            Node root = stage.getScene().getRoot();
            assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), "the dark theme is back");
            assertEquals(1111, stage.getWidth(), 0.5);
            assertEquals(707, stage.getHeight(), 0.5);
            TabPane tabs = robot.from(root).lookup("#open-requests").queryAs(TabPane.class);
            assertEquals(2, tabs.getTabs().size());
            assertEquals(1, tabs.getSelectionModel().getSelectedIndex(), "the tab on show is on show again");
            assertEquals("ws://127.0.0.1:9/typed-not-saved", robot.from(root).lookup("#url").queryAs(TextField.class).getText());
            assertEquals("a message typed, never sent", robot.from(root).lookup("#composer").queryAs(CodeArea.class).getText());
            assertTrue(tabs.getTabs().get(1).getText().startsWith("● "), "still unsaved");
            RequestTab firstTab = window.second().window().requests().requestTabs().toList().get(0);
            assertEquals(server.url("/echo"), firstTab.session().form().urlProperty().get());
            waitUntil(() -> !robot.from(root).lookup("#recent-urls").query().isDisabled());
        }
    }
}
