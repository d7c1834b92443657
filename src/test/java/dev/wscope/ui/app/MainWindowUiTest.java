package dev.wscope.ui.app;

import static dev.wscope.ui.app.WindowRobot.clickOnceLaidOut;
import static dev.wscope.ui.app.WindowRobot.connectTo;
import static dev.wscope.ui.app.WindowRobot.count;
import static dev.wscope.ui.app.WindowRobot.rowOfKind;
import static dev.wscope.ui.app.WindowRobot.state;
import static dev.wscope.ui.app.WindowRobot.timeline;
import static dev.wscope.ui.app.WindowRobot.waitForState;
import static dev.wscope.ui.app.WindowRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.server.TestServer;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Drives the real main window, headless through Monocle, by the node ids of CONTRACT.md. */
class MainWindowUiTest extends FreshWindow {
    private static TestServer server;
    private static int builtInPort;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.start("127.0.0.1", 0);
        try (ServerSocket probe = new ServerSocket(0)) {
            builtInPort = probe.getLocalPort();
        }
        System.setProperty("wscope.localServerPort", Integer.toString(builtInPort));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void connectSendJson_seesEchoAndOpensItsDetail(FxRobot robot) {
        connectTo(robot, server.url("/echo"));
        int row = sendAndOpenTheEcho(robot, "{\"ticker\":\"BTC\",\"price\":97000.5}", "\"ticker\"");
        assertEquals(0, row, "newest first: the echo is the top row");
        TableView<TimelineEntry> timeline = timeline(robot);
        CodeArea detail = robot.lookup("#event-detail").queryAs(CodeArea.class);
        assertEquals("{\n  \"ticker\": \"BTC\",\n  \"price\": 97000.5\n}", detail.getText());
        assertEquals(List.of("json-key"), stylesInside(detail, "price"));
        assertEquals(List.of("json-string"), stylesInside(detail, "BTC"));
        assertEquals(List.of("json-number"), stylesInside(detail, "97000"));

        TextField filter = robot.lookup("#timeline-filter").queryAs(TextField.class);
        robot.clickOn(filter).write("btc RECEIVED");
        assertEquals("btc RECEIVED", filter.getText());
        waitUntil(() -> timeline.getItems().size() == 1); // only rows holding every word, ignoring case, once typing pauses
        robot.interact(() -> filter.setText(""));
        waitUntil(() -> timeline.getItems().size() >= 6); // connecting, handshake both ways, open, sent, received
        robot.clickOn("#timeline-newest-first");
        assertEquals("connecting", timeline.getItems().get(0).event().kind(), "oldest first after the toggle");
    }

    @Test
    void aSelectedRow_staysSelectedAndShownWhileNewerRowsArriveAboveIt(FxRobot robot) {
        connectTo(robot, server.url("/echo"));
        int row = sendAndOpenTheEcho(robot, "{\"first\":1}", "\"first\"");
        TableView<TimelineEntry> timeline = timeline(robot);
        TimelineEntry echo = timeline.getItems().get(row);
        CodeArea detail = robot.lookup("#event-detail").queryAs(CodeArea.class);
        CodeArea composer = robot.lookup("#composer").queryAs(CodeArea.class);
        int rowsBefore = timeline.getItems().size();
        int indexBefore = timeline.getSelectionModel().getSelectedIndex();

        typeAndSend(robot, composer, "{\"second\":2}");
        waitUntil(() -> count(timeline, "received") == 2);

        int added = timeline.getItems().size() - rowsBefore;
        assertTrue(added >= 2, "the sent message and its echo went in above");
        assertEquals(echo, timeline.getSelectionModel().getSelectedItem(), "the same event stays selected");
        assertEquals(indexBefore + added, timeline.getSelectionModel().getSelectedIndex(), "as many rows lower as were added");
        assertEquals(1, timeline.getSelectionModel().getSelectedIndices().size());
        assertEquals("{\n  \"first\": 1\n}", detail.getText(), "the detail still shows it");
    }

    @Test
    void rightClickOnAMessageRow_recallsItIntoTheComposer(FxRobot robot) {
        connectTo(robot, server.url("/echo"));
        CodeArea composer = robot.lookup("#composer").queryAs(CodeArea.class);
        robot.interact(() -> composer.replaceText("{\"ticker\":\"ETH\"}"));
        robot.clickOn("#send");
        TableView<TimelineEntry> timeline = timeline(robot);
        waitUntil(() -> rowOfKind(timeline, "received") >= 0);
        robot.interact(() -> composer.replaceText("typed over"));
        robot.rightClickOn(rowCell(robot, "open"));
        assertTrue(robot.listWindows().stream().noneMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()),
                "an event that is not a message has no menu");
        robot.rightClickOn(rowCell(robot, "received"));
        robot.clickOn("Recall into composer");
        assertEquals("{\"ticker\":\"ETH\"}", composer.getText());
    }

    /** The style classes of the detail's text just inside the first occurrence of a word. */
    private static List<String> stylesInside(CodeArea detail, String word) {
        return List.copyOf(detail.getStyleOfChar(detail.getText().indexOf(word) + 1));
    }

    private static Node rowCell(FxRobot robot, String kind) {
        return robot.from(timeline(robot)).lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> row) ->
                row.getItem() instanceof TimelineEntry entry && entry.event().kind().equals(kind)).query();
    }

    @Test
    void invalidBase64_showsErrorAndSendsNothing(FxRobot robot) {
        connectTo(robot, server.url("/echo"));
        ComboBox<?> format = robot.lookup("#message-format").queryAs(ComboBox.class);
        robot.interact(() -> format.getSelectionModel().select(4)); // Binary (Base64)
        CodeArea composer = robot.lookup("#composer").queryAs(CodeArea.class);
        robot.interact(() -> composer.replaceText("aGVsbG8*"));
        Label error = robot.lookup("#composer-error").queryAs(Label.class);
        assertEquals("Base64: '*' at position 8 is not a Base64 character", error.getText());
        assertTrue(robot.lookup("#send").queryAs(Button.class).isDisabled());
        robot.clickOn(composer);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        // A valid message after it: once its echo is back, anything sent before would be back too.
        robot.interact(() -> composer.replaceText("aGVsbG8="));
        assertEquals("", error.getText());
        robot.clickOn("#send");
        TableView<TimelineEntry> timeline = timeline(robot);
        waitUntil(() -> rowOfKind(timeline, "received") >= 0);
        assertEquals(1, count(timeline, "sent"));
        TimelineEvent.Message echoed = (TimelineEvent.Message) timeline.getItems().get(rowOfKind(timeline, "received")).event();
        assertEquals("hello", new String(echoed.payload()));
    }

    @Test
    void defaultRequest_startsTheBuiltInServerAndConnects(FxRobot robot) {
        TextField url = robot.lookup("#url").queryAs(TextField.class);
        assertEquals("ws://127.0.0.1:" + builtInPort + "/echo", url.getText());
        robot.clickOn("#connect");
        waitForState(robot, "Connected");
        robot.clickOn("#send");
        waitUntil(() -> rowOfKind(timeline(robot), "received") >= 0);
    }

    @Test
    void disconnectWithCodeAndReason_showsClosedEventWithMeaning(FxRobot robot) {
        connectTo(robot, server.url("/echo"));
        TextField code = robot.lookup("#close-code").queryAs(TextField.class);
        robot.interact(() -> code.setText("1005"));
        robot.clickOn("#connect");
        assertTrue(robot.lookup("#url-error").queryAs(Label.class).getText().contains("1005 is reserved"));
        assertTrue(state(robot).startsWith("Connected"), "a refused close code leaves the connection open");
        robot.interact(() -> {
            code.setText("4000");
            robot.lookup("#close-reason").queryAs(TextField.class).setText("done testing");
        });
        robot.clickOn("#connect");
        waitForState(robot, "Closed (4000)");
        TableView<TimelineEntry> timeline = timeline(robot);
        waitUntil(() -> rowOfKind(timeline, "closed") >= 0);
        TimelineEvent.Closed closed = (TimelineEvent.Closed) timeline.getItems().get(rowOfKind(timeline, "closed")).event();
        assertEquals(4000, closed.code());
        assertEquals("done testing", closed.reason());
        assertEquals("client", closed.by().wire());
    }

    @Test
    void connectingAndClosing_leaveTheAddressAndTheRequestPaneWhereTheyAre(FxRobot robot) {
        Node[] watched = {robot.lookup("#request-tabs").query(), robot.lookup("#url").query()};
        List<Bounds> disconnected = sceneBoundsAfterLayout(robot, watched);
        connectTo(robot, server.url("/echo"));
        assertEquals(disconnected, sceneBoundsAfterLayout(robot, watched),
                "connected: the close code row keeps its place, Disconnect takes Connect's");
        robot.clickOn("#connect");
        waitForState(robot, "Closed");
        assertEquals(disconnected, sceneBoundsAfterLayout(robot, watched), "closed");
    }

    private static List<Bounds> sceneBoundsAfterLayout(FxRobot robot, Node... nodes) {
        List<Bounds> bounds = new ArrayList<>();
        robot.interact(() -> {
            Parent root = nodes[0].getScene().getRoot();
            root.applyCss();
            root.layout();
            for (Node node : nodes) {
                bounds.add(node.localToScene(node.getLayoutBounds()));
            }
        });
        return bounds;
    }

    @Test
    void addressWithoutScheme_isExplainedAndCorrectedWithOneClick(FxRobot robot) {
        TextField url = robot.lookup("#url").queryAs(TextField.class);
        robot.interact(() -> url.setText("127.0.0.1:" + server.port() + "/echo"));
        robot.clickOn(url).type(KeyCode.ENTER);
        Label error = robot.lookup("#url-error").queryAs(Label.class);
        Hyperlink fix = robot.lookup("#url-fix").queryAs(Hyperlink.class);
        waitUntil(() -> error.getText().contains("no scheme"));
        assertTrue(state(robot).startsWith("Disconnected"));
        clickOnceLaidOut(robot, fix);
        waitUntil(() -> server.url("/echo").equals(url.getText()));
        assertEquals("", error.getText());
    }

    @Test
    void headersCookiesAndParams_goOutAsTypedAndArriveAtTheServer(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#url").queryAs(TextField.class).setText(server.url("/mirror") + "?room=42");
            robot.lookup("#headers-raw").queryAs(TextArea.class).setText("X-Api-Key: secret-1\nBad Name: x\n");
        });
        assertTrue(robot.lookup("#headers-error").queryAs(Label.class).getText().contains("Bad Name"));
        assertEquals("room=42\n", robot.lookup("#params-raw").queryAs(TextArea.class).getText());
        robot.interact(() -> {
            robot.lookup("#headers-raw").queryAs(TextArea.class).setText("X-Api-Key: secret-1\n#Disabled: no\n");
            robot.lookup("#cookies-raw").queryAs(TextArea.class).setText("session=abc\ntheme=dark\n");
            robot.lookup("#params-raw").queryAs(TextArea.class).setText("room=42\nuser=ann\n");
        });
        assertEquals(server.url("/mirror") + "?room=42&user=ann", robot.lookup("#url").queryAs(TextField.class).getText());
        robot.clickOn("#connect");
        waitForState(robot, "Connected");
        TableView<TimelineEntry> timeline = timeline(robot);
        waitUntil(() -> rowOfKind(timeline, "received") >= 0);
        String mirrored = ((TimelineEvent.Message) timeline.getItems().get(rowOfKind(timeline, "received")).event()).text();
        assertTrue(mirrored.contains("\"GET /mirror?room=42&user=ann HTTP/1.1\""), mirrored);
        assertTrue(mirrored.contains("[\"X-Api-Key\",\"secret-1\"]"), mirrored);
        assertTrue(mirrored.contains("[\"Cookie\",\"session=abc; theme=dark\"]"), mirrored);
        assertFalse(mirrored.contains("Disabled"), mirrored);
    }

    @Test
    void regexAndDirectionFilters_narrowTheRows_andABadExpressionIsExplained(FxRobot robot) {
        connectTo(robot, server.url("/echo"));
        robot.clickOn("#send");
        TableView<TimelineEntry> timeline = timeline(robot);
        waitUntil(() -> rowOfKind(timeline, "received") >= 0);
        robot.interact(() -> {
            robot.lookup("#timeline-regex").queryAs(javafx.scene.control.ToggleButton.class).setSelected(true);
            robot.lookup("#timeline-filter").queryAs(TextField.class).setText("\"type\":\\s*\"hel+o\"");
        });
        waitUntil(() -> timeline.getItems().size() == 2);
        robot.interact(() -> robot.lookup("#timeline-direction").queryAs(ComboBox.class).getSelectionModel().select(1));
        waitUntil(() -> timeline.getItems().size() == 1 && timeline.getItems().get(0).event().kind().equals("received"));
        robot.interact(() -> robot.lookup("#timeline-filter").queryAs(TextField.class).setText("(unclosed"));
        waitUntil(() -> robot.lookup("#timeline-filter-error").queryAs(Label.class).getText()
                .startsWith("Not a regular expression"));
    }

    @Test
    void shortcuts_goToTheAddressAndTheFilter(FxRobot robot) {
        robot.clickOn("#composer");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#url").queryAs(TextField.class).isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#timeline-filter").queryAs(TextField.class).isFocused());
    }

    @Test
    void pauseCapture_keepsTheConnection_andCountsWhatItDidNotRecord(FxRobot robot) {
        connectTo(robot, server.url("/echo"));
        TableView<TimelineEntry> timeline = timeline(robot);
        robot.clickOn("#capture-pause");
        robot.clickOn("#send");
        waitUntil(() -> robot.lookup("#status-rates").queryAs(Label.class).getText().contains("2 not recorded"));
        assertEquals(0, count(timeline, "sent") + count(timeline, "received"));
        robot.clickOn("#capture-pause");
        waitUntil(() -> timeline.getItems().stream().anyMatch(e -> e.event() instanceof TimelineEvent.Error error
                && error.message().equals("Capture resumed: 2 messages were not recorded")));
        robot.clickOn("#send");
        waitUntil(() -> rowOfKind(timeline, "received") >= 0);
        assertTrue(state(robot).startsWith("Connected"));
    }

    @Test
    void aTenMegabyteJsonMessage_opensInPagesWithoutFreezing(FxRobot robot) {
        connectTo(robot, server.url("/flood?n=1&size=" + (10 * 1024 * 1024) + "&mode=json"));
        TableView<TimelineEntry> timeline = timeline(robot);
        waitUntil(() -> timeline.getItems().stream().anyMatch(e -> e.event().size() > 10_000_000));
        int row = 0;
        while (timeline.getItems().get(row).event().size() < 10_000_000) {
            row++;
        }
        int big = row;
        assertTrue(dev.wscope.core.timeline.EventText.preview(timeline.getItems().get(big).event(), 300).length() <= 300,
                "the row shows a short preview at once");
        robot.interact(() -> timeline.getSelectionModel().select(big));
        Label page = robot.lookup("#detail-page").queryAs(Label.class);
        waitUntil(() -> page.getText().startsWith("page 1 of "));
        CodeArea detail = robot.lookup("#event-detail").queryAs(CodeArea.class);
        assertTrue(detail.getText().startsWith("{\n  \"seq\": 0,\n  \"data\": \"xxxx"), detail.getText().substring(0, 40));
        assertTrue(detail.getText().length() <= 600_000, "only one page is built: " + detail.getText().length());
        robot.clickOn("#detail-next-page");
        waitUntil(() -> page.getText().startsWith("page 2 of "));
    }

    /** Sends the message, selects its echo and waits until the detail shows the marker; returns the echo's row. */
    private static int sendAndOpenTheEcho(FxRobot robot, String message, String marker) {
        typeAndSend(robot, robot.lookup("#composer").queryAs(CodeArea.class), message);
        TableView<TimelineEntry> timeline = timeline(robot);
        waitUntil(() -> rowOfKind(timeline, "received") >= 0);
        int row = rowOfKind(timeline, "received");
        robot.interact(() -> timeline.getSelectionModel().select(row));
        CodeArea detail = robot.lookup("#event-detail").queryAs(CodeArea.class);
        waitUntil(() -> detail.getText().contains(marker));
        return row;
    }

    /** Types the message into the composer and sends it with Ctrl+Enter, as a user does. */
    private static void typeAndSend(FxRobot robot, CodeArea composer, String text) {
        robot.interact(() -> composer.replaceText(text));
        robot.clickOn(composer);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    }
}
