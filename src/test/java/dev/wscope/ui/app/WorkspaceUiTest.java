package dev.wscope.ui.app;

import static dev.wscope.ui.app.WindowRobot.clickOnceLaidOut;
import static dev.wscope.ui.app.WindowRobot.connectTo;
import static dev.wscope.ui.app.WindowRobot.rowOfKind;
import static dev.wscope.ui.app.WindowRobot.state;
import static dev.wscope.ui.app.WindowRobot.timeline;
import static dev.wscope.ui.app.WindowRobot.treeCellOf;
import static dev.wscope.ui.app.WindowRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.core.variables.Environment;
import dev.wscope.server.TestServer;
import dev.wscope.store.CollectionFiles;
import dev.wscope.store.DataFolder;
import dev.wscope.ui.collections.TreeNode;
import dev.wscope.ui.workspace.RequestTab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Tabs with their own connections, the unsaved-changes dot, tree changes, collection settings and docs. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceUiTest {
    private static TestServer server;
    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final String requestName = "Ticker " + unique;
    private final String collectionName = "Tabs " + unique;
    private Path collectionFile;
    private WscopeApp app;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        FreshDataFolder.use();
        collectionFile = DataFolder.current().collections().resolve("tabs-" + unique + ".json");
        Files.createDirectories(collectionFile.getParent());
        CollectionFiles.write(collectionFile, Collection.named(collectionName)
                .withItems(List.of(SavedRequest.of(requestName, server.url("/echo")))));
        app = new WscopeApp();
        app.start(stage);
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        Files.deleteIfExists(collectionFile);
        Files.deleteIfExists(collectionFile.resolveSibling(collectionFile.getFileName() + ".bak"));
    }

    @Test
    void twoTabs_haveTheirOwnConnectionsAndTimelines_andClosingOneClosesOnlyIt(FxRobot robot) {
        connectTo(robot, server.url("/echo"));
        sendText(robot, "from the first tab");
        RequestTab first = app.window().requests().selectedRequest().orElseThrow();

        robot.clickOn("#new-tab");
        waitUntil(() -> app.window().requests().tabs().size() == 2);
        connectTo(robot, server.url("/echo"));
        sendText(robot, "from the second tab");
        assertEquals(List.of("from the second tab"), sentTexts(timeline(robot)));
        RequestTab second = app.window().requests().selectedRequest().orElseThrow();

        robot.interact(() -> app.window().requests().selectedProperty().set(first));
        waitUntil(() -> sentTexts(timeline(robot)).equals(List.of("from the first tab")));
        robot.interact(() -> app.window().requests().close(second));

        waitUntil(() -> second.session().timeline().all().stream().anyMatch(e -> e.event() instanceof TimelineEvent.Closed));
        assertTrue(state(robot).startsWith("Connected"), "the first tab's connection is still open");
        assertEquals(1, robot.lookup("#open-requests").queryAs(TabPane.class).getTabs().size());
    }

    @Test
    void anEditMarksTheTab_andCtrlSSavesItIntoItsFile(FxRobot robot) throws Exception {
        openFromTree(robot);
        TabPane tabs = robot.lookup("#open-requests").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getText().equals(requestName));
        robot.interact(() -> robot.lookup("#headers-raw").queryAs(TextArea.class).setText("X-Desk: " + unique + "\n"));
        assertEquals("● " + requestName, tabs.getSelectionModel().getSelectedItem().getText());

        robot.clickOn("#url").press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getText().equals(requestName));
        assertTrue(Files.readString(collectionFile).contains("\"X-Desk\""), "saved into the request's own file");
    }

    @Test
    void closingATabWithChanges_offersSave_andSavingClosesIt(FxRobot robot) throws Exception {
        openFromTree(robot);
        TabPane tabs = robot.lookup("#open-requests").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getText().equals(requestName));
        robot.clickOn("#tab-headers");
        robot.clickOn(KeyboardEditingUiTest.fields(robot, "#headers-table").get(0)).write("X-Closing")
                .type(KeyCode.TAB).write(unique);
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        robot.clickOn(robot.lookup("#unsaved-changes .button").queryAll().stream()
                .filter(b -> b instanceof javafx.scene.control.Button button && button.getText().equals("Save"))
                .findFirst().orElseThrow());

        waitUntil(() -> tabs.getTabs().stream().noneMatch(tab -> tab.getText().contains(requestName)));
        assertTrue(read(collectionFile).contains("\"X-Closing\""), "saved before it closed");
    }

    @Test
    void aRenameInTheTreeReachesTheOpenTab_andUndoTakesItBack(FxRobot robot) {
        openFromTree(robot);
        showMenuOf(robot, treeCellOf(robot, node -> node instanceof TreeNode.OfRequest r && r.name().equals(requestName)));
        robot.clickOn("Rename…");
        robot.interact(() -> robot.lookup("#name-input").queryAs(TextField.class).setText("Renamed " + unique));
        robot.clickOn("OK");
        TabPane tabs = robot.lookup("#open-requests").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getText().equals("Renamed " + unique));

        clickOnceLaidOut(robot, robot.lookup("#undo-collections").query());

        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getText().equals(requestName));
    }

    @Test
    void collectionSettings_anEnvironmentTypedFromTheKeyboard_keepsEveryValue_andTheSecretOutOfTheFile(FxRobot robot)
            throws Exception {
        String secret = "s3cr3t-" + unique;
        showMenuOf(robot, treeCellOf(robot, node -> node instanceof TreeNode.OfCollection c
                && c.name().equals(collectionName)));
        robot.clickOn("Collection settings…");
        robot.clickOn("Environments");
        robot.clickOn("#environment-add");
        robot.clickOn("#environment-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        // Enter in the name goes on to the first variable: it does not close the dialog as OK
        robot.write("staging").type(KeyCode.ENTER);
        robot.write("token").type(KeyCode.TAB).write(secret);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.type(KeyCode.TAB).write("host").type(KeyCode.TAB).write("127.0.0.1:9001");
        robot.clickOn("#collection-settings-ok");

        waitUntil(() -> read(collectionFile).contains("\"127.0.0.1:9001\""));
        String file = read(collectionFile);
        assertTrue(file.contains("\"staging\"") && file.contains("\"token\"") && file.contains("\"host\""), file);
        assertFalse(file.contains(secret), "the secret's value is not in the shared file");
        assertTrue(read(DataFolder.current().secrets()).contains("\"" + secret + "\""),
                "it is in this machine's secrets file, as typed");
        openFromTree(robot);
        @SuppressWarnings("unchecked")
        ComboBox<Environment> environment = robot.lookup("#environment").queryAs(ComboBox.class);
        waitUntil(() -> environment.getValue() != null && environment.getValue().name().equals("staging"));
    }

    @Test
    void theDocsTab_rendersTheDescription(FxRobot robot) {
        robot.clickOn("#tab-docs");
        robot.interact(() -> robot.lookup("#request-spec-description").queryAs(TextArea.class)
                .setText("# Price feed\n\nSends **every** tick.\n\n- one\n- two"));
        Node preview = robot.lookup("#request-spec-preview").query();
        List<Text> texts = robot.from(preview).lookup((Node n) -> n instanceof Text).queryAllAs(Text.class).stream().toList();
        assertTrue(texts.stream().anyMatch(t -> t.getText().equals("Price feed")), "the heading");
        assertTrue(texts.stream().anyMatch(t -> t.getText().equals("every") && t.getStyleClass().contains("md-strong")));
        assertTrue(robot.from(preview).lookup("•").tryQuery().isPresent(), "a bullet list");
    }

    private void openFromTree(FxRobot robot) {
        waitUntil(() -> robot.lookup((Node n) -> n instanceof javafx.scene.control.TreeCell<?> c
                && c.getItem() instanceof TreeNode.OfRequest r && r.name().equals(requestName)).tryQuery().isPresent());
        // Enter on the selected row: the keyboard way to what a double click does (Monocle counts no double clicks)
        javafx.scene.control.TreeCell<?> cell = treeCellOf(robot, node -> node instanceof TreeNode.OfRequest r
                && r.name().equals(requestName));
        robot.interact(() -> {
            cell.getTreeView().getSelectionModel().select(cell.getIndex());
            cell.getTreeView().requestFocus();
        });
        robot.type(KeyCode.ENTER);
    }

    /** Headless Monocle makes no context-menu event of a right click: show the row's own menu as it would. */
    private static void showMenuOf(FxRobot robot, javafx.scene.control.TreeCell<?> cell) {
        robot.interact(() -> cell.getContextMenu().show(cell, javafx.geometry.Side.BOTTOM, 0, 0));
    }

    private static void sendText(FxRobot robot, String text) {
        robot.interact(() -> {
            robot.lookup("#message-format").queryAs(ComboBox.class).getSelectionModel().select(0);
            robot.lookup("#composer").queryAs(CodeArea.class).replaceText(text);
        });
        robot.clickOn("#send");
        waitUntil(() -> rowOfKind(timeline(robot), "received") >= 0);
    }

    private static List<String> sentTexts(TableView<TimelineEntry> timeline) {
        return timeline.getItems().stream().filter(e -> e.event().kind().equals("sent"))
                .map(e -> ((TimelineEvent.Message) e.event()).text()).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
