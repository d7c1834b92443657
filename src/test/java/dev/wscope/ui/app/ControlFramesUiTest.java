package dev.wscope.ui.app;

import static dev.wscope.ui.app.WindowRobot.count;
import static dev.wscope.ui.app.WindowRobot.state;
import static dev.wscope.ui.app.WindowRobot.timeline;
import static dev.wscope.ui.app.WindowRobot.waitForState;
import static dev.wscope.ui.app.WindowRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.ScriptPeer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A server's pings, the automatic pong, a ping of the user's with its round trip, and the pong turned off. */
class ControlFramesUiTest extends FreshWindow {
    private static void typeAddressAndConnect(FxRobot robot, String url) {
        robot.clickOn("#url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(url)
                .type(KeyCode.ENTER);
    }

    private static boolean isControl(TimelineEntry entry, boolean ping, Direction direction) {
        return entry.event() instanceof TimelineEvent.Control c && c.ping() == ping && c.direction() == direction;
    }

    /** The text of the row's cells on show for the first row whose event matches, or null while there is none. */
    private static String shownRow(FxRobot robot, java.util.function.Predicate<TimelineEntry> matches) {
        TableRow<?> row = robot.lookup((Node n) -> n instanceof TableRow<?> r && r.isVisible() && r.getItem()
                instanceof TimelineEntry entry && matches.test(entry)).tryQueryAs(TableRow.class).orElse(null);
        if (row == null) {
            return null;
        }
        Sight.assertInsideWindow(row);
        StringBuilder text = new StringBuilder();
        robot.from(row).lookup((Node n) -> n instanceof TableCell<?, ?>).queryAllAs(TableCell.class)
                .forEach(cell -> text.append(cell.getText()).append(" | "));
        return text.toString();
    }

    @Test
    void aServersPings_showAsRowsWithTheirPayload_eachAnsweredByAPong_andOurPingShowsItsRoundTrip(FxRobot robot)
            throws Exception {
        try (ScriptPeer python = ScriptPeer.python("pinging_server.py", "0.5", "5")) {
            typeAddressAndConnect(robot, python.url("/"));
            waitForState(robot, "Connected");
            TableView<TimelineEntry> timeline = timeline(robot);

            waitUntil(() -> shownRow(robot, e -> isControl(e, true, Direction.IN)) != null
                    && shownRow(robot, e -> isControl(e, false, Direction.OUT)) != null);
            String pingRow = shownRow(robot, e -> isControl(e, true, Direction.IN));
            // websockets pings with 4 random bytes: hex, or quoted text on the runs where all four are printable
            assertTrue(pingRow.matches(".*↓ \\| ping \\| 4 B \\| (hex \\p{XDigit}{2}( \\p{XDigit}{2}){3}|\".+\") \\| .*"),
                    pingRow);

            robot.clickOn("#ping-payload").write("are you there?");
            robot.clickOn("#send-ping");
            waitUntil(() -> shownRow(robot, e -> isControl(e, false, Direction.IN)) != null);
            String pongRow = shownRow(robot, e -> isControl(e, false, Direction.IN));
            assertTrue(pongRow.matches(".*↓ \\| pong \\| 14 B \\| round trip [0-9.]+ ms: \"are you there\\?\" \\| .*"),
                    pongRow);
            assertTrue(count(timeline, "ping") >= 2);
        }
    }

    @Test
    void aPingPayloadOver125Bytes_saysSo_andCannotBeSent(FxRobot robot) throws Exception {
        try (ScriptPeer python = ScriptPeer.python("pinging_server.py", "30", "5")) {
            typeAddressAndConnect(robot, python.url("/"));
            waitForState(robot, "Connected");

            robot.clickOn("#ping-hex");
            robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(
                    java.util.Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT, "00 ".repeat(126).strip())));
            robot.clickOn("#ping-payload").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

            Label error = robot.lookup("#ping-error").queryAs(Label.class);
            assertEquals("A ping carries at most 125 bytes (RFC 6455 5.5); this one has 126: shorten it by 1",
                    error.getText());
            Sight.assertInsideWindow(error);
            assertTrue(robot.lookup("#send-ping").queryAs(Button.class).isDisabled());
            robot.type(KeyCode.BACK_SPACE, 3);
            waitUntil(() -> error.getText().isEmpty());
            assertTrue(!robot.lookup("#send-ping").queryAs(Button.class).isDisabled());
        }
    }

    @Test
    void withTheAutomaticPongOff_pingsStillShow_noPongGoesOut_andTheServerGivesUp(FxRobot robot) throws Exception {
        try (ScriptPeer python = ScriptPeer.python("pinging_server.py", "0.5", "1")) {
            robot.clickOn("#tab-settings");
            robot.clickOn("#auto-pong");
            typeAddressAndConnect(robot, python.url("/"));

            waitForState(robot, "Closed");
            TableView<TimelineEntry> timeline = timeline(robot);

            assertTrue(state(robot).startsWith("Closed (1011)"), state(robot));
            assertTrue(count(timeline, "ping") >= 1);
            assertEquals(0, count(timeline, "pong"));
            python.awaitOutput("pongs received 0", java.time.Duration.ofSeconds(5));
        }
    }
}
