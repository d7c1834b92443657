package dev.wscope.ui.app;

import static dev.wscope.ui.app.WindowRobot.timeline;
import static dev.wscope.ui.app.WindowRobot.waitForState;
import static dev.wscope.ui.app.WindowRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.testing.ActionCable;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A user picks Action Cable beside the address and speaks it to a real Rails app (pinging every 500 ms): the
 * composer offers its verbs and shows the frame, the Summary column reads in its terms, the pings hide behind Show
 * heartbeats, the subscription list ends a subscription. Typed with key presses in a 1280x800 window.
 */
class ProtocolsUiTest extends FreshWindow {
    private static ActionCable cable;

    @BeforeAll
    static void startRails() throws Exception {
        cable = ActionCable.beatingEvery(Duration.ofMillis(500));
    }

    @AfterAll
    static void stopRails() throws Exception {
        cable.close();
    }

    /** The texts of the Summary column's cells on show. */
    private static List<String> summaries(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && cell.isVisible()
                && cell.getTableColumn() != null && "Summary".equals(cell.getTableColumn().getText())
                && cell.getText() != null && !cell.getText().isEmpty())
                .queryAllAs(TableCell.class).stream().map(cell -> cell.getText()).toList();
    }

    /** On show: the node and every parent visible (a hidden row hides its links, whose own flag stays up). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void replaceComposerText(FxRobot robot, String text) {
        robot.clickOn("#composer").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    private static void sendFromComposer(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    }

    private static void choose(FxRobot robot, String comboId, String item) {
        robot.clickOn(comboId);
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.ListCell<?> cell && cell.isVisible()
                && item.equals(cell.getText()));
    }

    @Test
    void subscribePerformAndUnsubscribe_inActionCablesOwnTerms(FxRobot robot) {
        choose(robot, "#protocol", "Action Cable");
        robot.clickOn("#url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(cable.url())
                .type(KeyCode.ENTER);
        waitForState(robot, "Connected");

        ComboBox<?> verb = robot.lookup("#message-verb").queryAs(ComboBox.class);
        assertEquals("subscribe", verb.getValue(), "the protocol's first verb is chosen");
        Sight.assertInsideWindow(verb);
        replaceComposerText(robot, "{\"channel\": \"EchoChannel\", \"room\": \"7\"}");
        Label frame = robot.lookup("#composer-frame").queryAs(Label.class);
        waitUntil(() -> frame.getText().contains("\\\"room\\\":\\\"7\\\""));
        assertEquals("Frame: {\"command\":\"subscribe\",\"identifier\":\"{\\\"channel\\\":\\\"EchoChannel\\\",\\\"room\\\":"
                + "\\\"7\\\"}\"}", frame.getText(), "the JSON-in-JSON the user did not have to type");
        Sight.assertInsideWindow(frame);
        sendFromComposer(robot);
        waitUntil(() -> summaries(robot).contains("confirm EchoChannel"));

        choose(robot, "#message-verb", "perform");
        replaceComposerText(robot, "{\"action\": \"speak\", \"text\": \"hi from the window\"}");
        sendFromComposer(robot);
        try {
            waitUntil(() -> summaries(robot).stream().anyMatch(s -> s.startsWith("message EchoChannel")
                    && s.contains("hi from the window")));
        } catch (Throwable e) {
            throw new AssertionError(summaries(robot) + " / " + robot.lookup("#send-error").queryAs(Label.class).getText()
                    + " / " + robot.lookup("#composer-error").queryAs(Label.class).getText() + " / " + verb.getValue(), e);
        }

        ToggleButton heartbeats = robot.lookup("#timeline-heartbeats").queryAs(ToggleButton.class);
        waitUntil(() -> heartbeats.getText().matches("Show heartbeats \\(([3-9]|\\d\\d+)\\)"));
        Sight.assertShownWhole(heartbeats);
        Sight.assertNothingCut(robot.lookup("#timeline").queryAs(Node.class).getParent().getParent(),
                "the timeline's bar with the heartbeat switch");
        TableView<TimelineEntry> timeline = timeline(robot);
        assertFalse(summaries(robot).stream().anyMatch(s -> s.startsWith("ping")), "pings are hidden");
        robot.clickOn(heartbeats);
        waitUntil(() -> summaries(robot).stream().anyMatch(s -> s.startsWith("ping")));
        assertTrue(timeline.getItems().size() > 6, "every ping is a row once shown");

        Button unsubscribe = robot.lookup("#unsubscribe-0").queryAs(Button.class);
        Sight.assertInsideWindow(unsubscribe);
        robot.clickOn(unsubscribe);
        waitUntil(() -> robot.lookup("#unsubscribe-0").tryQuery().isEmpty());
        assertTrue(summaries(robot).stream().anyMatch(s -> s.startsWith("unsubscribe EchoChannel")), summaries(robot).toString());
    }

    @Test
    void aRawConnectionToActionCable_isOfferedToSpeakIt_inOneClick(FxRobot robot) {
        robot.clickOn("#url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(cable.url())
                .type(KeyCode.ENTER);
        waitForState(robot, "Connected");
        javafx.scene.control.Hyperlink offer = robot.lookup("#protocol-offer").queryAs(javafx.scene.control.Hyperlink.class);
        waitUntil(() -> shown(offer));
        assertEquals("Speak Action Cable and reconnect", offer.getText());
        Sight.assertShownWhole(offer);
        Sight.assertInsideWindow(offer);

        robot.clickOn(offer);

        waitUntil(() -> summaries(robot).contains("welcome"));
        assertEquals("Action Cable", String.valueOf(robot.lookup("#protocol").queryAs(ComboBox.class).getConverter()
                .toString(robot.lookup("#protocol").queryAs(ComboBox.class).getValue())));
        waitForState(robot, "Connected");
        assertFalse(shown(offer), "offered no more once spoken");
    }
}
