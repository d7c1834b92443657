package dev.wscope.ui.app;

import static dev.wscope.ui.app.WindowRobot.state;
import static dev.wscope.ui.app.WindowRobot.waitForState;
import static dev.wscope.ui.app.WindowRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.testing.ScriptedHttpServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Failed connections as a user meets them: each one's own diagnosis, a deadline that holds, a way to stop. */
class ConnectFailuresUiTest extends FreshWindow {
    @Test
    void aSecondFailure_neverShowsTheFirstOnesDiagnosis_andEditingTheAddressClearsIt(FxRobot robot) throws Exception {
        Pane diagnosis = robot.lookup("#diagnosis").queryAs(Pane.class);
        Label headline = robot.lookup("#diagnosis-cause").queryAs(Label.class);
        typeAddress(robot, "ws://127.0.0.1:" + closedPort() + "/first");
        robot.clickOn("#connect");
        waitUntil(() -> headline.getText().contains("connection-refused"));

        typeAddress(robot, "ws://127.0.0.1:1/");
        assertFalse(diagnosis.isVisible(), "the finding was about the address before the edit");
        assertEquals("Disconnected", state(robot), "nor does the Failed chip stay");

        try (ScriptedHttpServer notFound = new ScriptedHttpServer(head ->
                "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nNot found")) {
            List<String> shown = new CopyOnWriteArrayList<>();
            headline.textProperty().addListener((o, old, text) -> shown.add(text));
            typeAddress(robot, notFound.url("/second"));
            robot.clickOn("#connect");
            waitUntil(() -> headline.getText().contains("not-found"));
            assertTrue(shown.stream().noneMatch(text -> text.contains("connection-refused")),
                    "the first failure's cause was never on show during the second: " + shown);
        }
    }

    @Test
    void wssToAPortThatNeverSpeaksTls_failsAtTheHandshakeTimeout_andSaysTryWs(FxRobot robot) throws Exception {
        try (ScriptedHttpServer silent = new ScriptedHttpServer(head -> null)) {
            robot.clickOn("#tab-settings");
            robot.doubleClickOn("#handshake-timeout .text-field")
                    .press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("2").type(KeyCode.TAB);
            typeAddress(robot, "wss://127.0.0.1:" + silent.port() + "/");
            long start = System.nanoTime();
            robot.clickOn("#connect");
            waitForState(robot, "Failed");
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(millis < 3_500, "failed " + millis + " ms after Connect, with a 2 s timeout");
            assertTrue(state(robot).contains("try ws://"), state(robot));
        }
    }

    @Test
    void connectingCanBeCancelled_fromTheButton(FxRobot robot) throws Exception {
        try (ScriptedHttpServer silent = new ScriptedHttpServer(head -> null)) {
            typeAddress(robot, silent.url("/"));
            robot.clickOn("#connect");
            waitForState(robot, "Connecting");
            Button button = robot.lookup("#connect").queryAs(Button.class);
            assertEquals("Cancel", button.getText());
            assertFalse(button.isDisabled());
            long start = System.nanoTime();
            robot.clickOn(button);
            waitForState(robot, "Failed: connecting cancelled");
            assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000, "at once, not at the 10 s timeout");
            assertEquals("Connect", button.getText());
        }
    }

    private static void typeAddress(FxRobot robot, String url) {
        robot.clickOn("#url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(url);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
