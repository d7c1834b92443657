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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A session recorded against the test server, saved, then opened from the File menu: a tab of its own named
 * by the file, with its events and their detail, and nothing that connects; it is back after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class SavedSessionUiTest {
    /** What acts on the request on show, off while a saved session is on show. */
    private static final List<String> REQUEST_ITEMS = List.of("menu-save-request", "menu-connect", "menu-diagnose",
            "menu-focus-url");
    private final RestartedWindow window = new RestartedWindow();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window.start(stage);
    }

    @AfterEach
    void stopApps() throws Exception {
        window.cleanUp();
    }

    @Test
    void aSavedSession_opensInATabOfItsOwn_withItsEventsAndNothingThatConnects_andIsBackAfterARestart(FxRobot robot)
            throws Exception {
        Path file = folder.resolve("prices.ndjson");
        // Monocle has no file dialog: the test answers for it, with the file a user would pick
        robot.interact(() -> window.first().window().pickSessionFilesWith(new Answering(file)));
        int recorded = recordAndSave(robot, file);

        robot.clickOn("File").clickOn("Open session…");

        Node root = window.firstStage().getScene().getRoot();
        TabPane tabs = robot.from(root).lookup("#open-requests").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().size() == 2 && tabs.getSelectionModel().getSelectedIndex() == 1);
        assertEquals("prices.ndjson", tabs.getTabs().get(1).getText(), "named by its file, never marked unsaved");
        for (String id : List.of("#url", "#connect", "#composer", "#environment", "#save-request", "#capture-pause", "#timeline-follow",
                "#detail-recall", "#request-tabs")) {
            assertTrue(robot.from(root).lookup(id).tryQuery().isEmpty(), id + " has no place in a saved session's tab");
        }
        String about = robot.from(root).lookup("#saved-session-file").queryAs(Label.class).getText();
        assertTrue(about.contains(file.toString()) && about.contains(recorded + " events") && about.contains("/echo"), about);
        TableView<TimelineEntry> events = timeline(robot);
        assertEquals(recorded, events.getItems().size());
        REQUEST_ITEMS.forEach(id -> assertTrue(menuItem(root, id).isDisable(), id + " while a saved session is on show"));

        robot.clickOn("#timeline-filter").write("price 42");
        waitUntil(() -> events.getItems().size() == 2); // the message sent and its echo
        clickRow(robot, events, rowOfKind(events, "received"));
        CodeArea detail = robot.from(root).lookup("#event-detail").queryAs(CodeArea.class);
        UiWait.until("the echo in full", detail::getText, text -> text.contains("\"price\": 42"), 10);

        robot.clickOn(tabLabel(robot, root, "127.0.0.1"));
        REQUEST_ITEMS.forEach(id -> assertFalse(menuItem(root, id).isDisable(), id + " with a request on show"));
        robot.clickOn(tabLabel(robot, root, "prices.ndjson"));

        Stage second = window.restart(robot, () -> { });

        Node again = second.getScene().getRoot();
        TabPane reopened = robot.from(again).lookup("#open-requests").queryAs(TabPane.class);
        waitUntil(() -> reopened.getTabs().size() == 2 && "prices.ndjson".equals(reopened.getTabs().get(1).getText()));
        robot.clickOn(tabLabel(robot, again, "prices.ndjson"));
        waitUntil(() -> robot.from(again).lookup("#timeline").tryQuery().isPresent()
                && robot.from(again).lookup("#url").tryQuery().isEmpty());
        TableView<TimelineEntry> back = timeline(robot);
        assertEquals(recorded, back.getItems().size(), "every event back, read again from the file");

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> reopened.getTabs().size() == 1);
        assertEquals(List.of(), window.second().window().requests().savedSessions(), "closed: not reopened next time");
        assertTrue(Files.exists(file), "closing the tab leaves the file");
    }

    /** Connects to the test server, sends a message, disconnects, saves the session: its events' count. */
    private static int recordAndSave(FxRobot robot, Path file) throws Exception {
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            robot.clickOn("#url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                    .write(server.url("/echo")).type(KeyCode.ENTER);
            waitForState(robot, "Connected");
            robot.clickOn("#composer").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                    .write("{\"price\": 42}").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
            TableView<TimelineEntry> live = timeline(robot);
            waitUntil(() -> count(live, "received") == 1);
            robot.clickOn("#connect");
            waitForState(robot, "Closed");
            waitUntil(() -> count(live, "closed") == 1);
            robot.clickOn("File").clickOn("Save session as…");
            Label notice = robot.lookup("#status-notice").queryAs(Label.class);
            waitUntil(() -> notice.getText().startsWith("Saved ") && Files.exists(file));
            return live.getItems().size();
        }
    }

    /** Clicks the row once the table has laid it out (a pulse after the filter kept it). */
    private static void clickRow(FxRobot robot, TableView<TimelineEntry> events, int index) {
        Optional<Node> row = UiWait.until("row " + index + " laid out", () -> robot.lookup((Node n) -> n instanceof TableRow<?> r
                && r.getTableView() == events && r.getIndex() == index && r.getItem() != null && r.isVisible()).tryQuery(),
                Optional::isPresent, 10);
        robot.clickOn(row.orElseThrow());
    }

    /** The label in a tab's header whose title holds these words (a request's may start with the unsaved dot). */
    private static Node tabLabel(FxRobot robot, Node root, String title) {
        return robot.from(root).lookup((Node n) -> n.getStyleClass().contains("tab-label") && n instanceof Labeled label
                && label.getText() != null && label.getText().contains(title)).query();
    }

    private static MenuItem menuItem(Node root, String id) {
        MenuBar bar = (MenuBar) root.lookup("#main-menu");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow();
    }

    /** The file dialog's answer: always this file. */
    private record Answering(Path file) implements SessionFilePicker {
        @Override
        public Optional<Path> toOpen(Window owner) {
            return Optional.of(file);
        }

        @Override
        public Optional<Path> toSave(Window owner, String title) {
            return Optional.of(file);
        }
    }
}
