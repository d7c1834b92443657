package dev.wscope.ui.app;

import static dev.wscope.ui.app.WindowRobot.count;
import static dev.wscope.ui.app.WindowRobot.rowOfKind;
import static dev.wscope.ui.app.WindowRobot.timeline;
import static dev.wscope.ui.app.WindowRobot.waitForState;
import static dev.wscope.ui.app.WindowRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.server.TestServer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Following the newest events, and what the window says when it stops. */
class TimelineFollowUiTest extends FreshWindow {
    @Test
    void clickingARow_stopsFollowing_andTheNewEventsAboveAreCountedUntilTheHintIsClicked(FxRobot robot) throws Exception {
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            robot.clickOn("#url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                    .write(server.url("/echo")).type(KeyCode.ENTER);
            waitForState(robot, "Connected");
            TableView<TimelineEntry> timeline = timeline(robot);
            ToggleButton follow = robot.lookup("#timeline-follow").queryAs(ToggleButton.class);
            Button hint = robot.lookup("#timeline-new-events").queryAs(Button.class);
            assertTrue(follow.isSelected());
            assertFalse(hint.isVisible());

            int open = rowOfKind(timeline, "open");
            // the row is in the list before the table lays its cell out (a busy machine shows the gap)
            waitUntil(() -> robot.lookup((Node n) -> n instanceof TableRow<?> row && row.getIndex() == open).tryQuery()
                    .isPresent());
            robot.clickOn(robot.lookup((Node n) -> n instanceof TableRow<?> row && row.getIndex() == open)
                    .queryAs(TableRow.class));
            assertFalse(follow.isSelected(), "the clicked row stays under the pointer");
            robot.clickOn("#composer").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
            waitUntil(() -> count(timeline, "received") == 1);

            waitUntil(hint::isVisible);
            assertEquals("↑ 2 new events: follow", hint.getText(), "the message sent and its echo, above the view");
            Sight.assertShownWhole(hint);
            robot.clickOn(hint);
            assertTrue(follow.isSelected());
            assertFalse(hint.isVisible());
        }
    }
}
