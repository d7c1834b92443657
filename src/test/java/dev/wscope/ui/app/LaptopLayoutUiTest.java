package dev.wscope.ui.app;

import static dev.wscope.ui.app.Sight.assertInsideWindow;
import static dev.wscope.ui.app.Sight.assertNothingCut;
import static dev.wscope.ui.app.Sight.assertShownWhole;
import static dev.wscope.ui.app.Sight.onScreen;
import static dev.wscope.ui.app.WindowRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.MessageFormat;
import dev.wscope.server.TestServer;
import dev.wscope.ui.collections.TreeNode;
import java.util.List;
import java.util.Map;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The window at a laptop's 1280x800, as a user sees it: nothing collapses, nothing is cut. */
class LaptopLayoutUiTest extends FreshWindow {
    @Test
    void anInvalidMessage_showsItsErrorOnALine_andTheEditorAndSendKeepTheirRoom(FxRobot robot) {
        assertEquals(1280, robot.lookup("#url").query().getScene().getWidth());
        Map<MessageFormat, String> invalid = Map.of(MessageFormat.JSON, "{\"a\": 1, \"b\": }",
                MessageFormat.XML, "<a><b></a>", MessageFormat.BASE64, "not base64!", MessageFormat.HEX, "0g");
        CodeArea composer = robot.lookup("#composer").queryAs(CodeArea.class);
        Label error = robot.lookup("#composer-error").queryAs(Label.class);
        Button send = robot.lookup("#send").queryAs(Button.class);
        for (var entry : invalid.entrySet()) {
            robot.interact(() -> robot.lookup("#message-format").queryAs(ComboBox.class).setValue(entry.getKey()));
            robot.clickOn(composer).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
            robot.write(entry.getValue());
            waitUntil(() -> !error.getText().isEmpty() && error.getHeight() > 0);

            String format = entry.getKey().toString();
            assertEquals(entry.getValue(), composer.getText(), format);
            assertTrue(onScreen(composer).getHeight() >= 300, format + ": the editor keeps its room, "
                    + onScreen(composer));
            assertTrue(error.getHeight() <= 3 * error.getFont().getSize() * 1.6, format + ": the error on a line or"
                    + " two, not a character a line: " + error.getHeight() + " px for '" + error.getText() + "'");
            assertInsideWindow(error);
            assertInsideWindow(send);
            assertTrue(send.getWidth() >= send.prefWidth(-1) - 0.5, format + ": Send is not squeezed");
            assertShownWhole(send);
        }
    }

    @Test
    void everyTabOfTheRequest_showsItsLabelsWhole(FxRobot robot) {
        for (String tab : List.of("#tab-message", "#tab-params", "#tab-headers", "#tab-cookies", "#tab-settings",
                "#tab-docs")) {
            robot.clickOn(tab);
            Node root = robot.lookup("#url").query().getScene().getRoot();
            assertNothingCut(root, tab);
        }
    }

    @Test
    void theCollectionsTree_showsTheSampleNamesWhole_andItsUndoBarFits(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#collections").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        robot.interact(() -> expandAll(tree.getRoot()));
        List<TreeCell<?>> rows = robot.lookup((Node n) -> n instanceof TreeCell<?> cell && cell.isVisible()
                && cell.getItem() != null).queryAllAs(TreeCell.class).stream().<TreeCell<?>>map(c -> c).toList();
        assertTrue(rows.size() >= 10, "collection, folder, two requests and their seven messages: " + rows.size());
        rows.forEach(Sight::assertShownWhole);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tree.lookupAll(".scroll-bar").stream().noneMatch(bar -> bar instanceof javafx.scene.control.ScrollBar
                        s && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible()),
                "no name runs past the tree's edge (it showed a horizontal scroll bar)");

        TreeCell<?> echo = WindowRobot.treeCellOf(robot, node -> node instanceof TreeNode.OfRequest r && r.name().equals("Echo"));
        robot.clickOn(echo).type(KeyCode.DELETE);
        Node undo = robot.lookup("#undo-collections").query();
        waitUntil(() -> undo.isVisible() && undo.getParent().getLayoutBounds().getHeight() > 0);
        assertNothingCut(undo.getScene().getRoot(), "the undo bar");
        assertInsideWindow(undo);
    }

    @Test
    void theCollectionSettingsDialog_showsItsLabelsWhole(FxRobot robot) {
        TreeCell<?> collection = WindowRobot.treeCellOf(robot, node -> node instanceof TreeNode.OfCollection);
        robot.interact(() -> collection.getContextMenu().show(collection, Side.BOTTOM, 0, 0));
        robot.clickOn("Collection settings…");
        Node dialog = robot.lookup("#collection-settings").query();
        assertNothingCut(dialog, "Spec");
        robot.clickOn("Environments");
        robot.clickOn("#environment-add");
        assertNothingCut(dialog, "Environments");
        robot.lookup(".row-delete").queryAll().forEach(Sight::assertInsideWindow);
    }

    @Test
    void theTimelinesDirectionArrows_areDrawn(FxRobot robot) throws Exception {
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            robot.clickOn("#url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                    .write(server.url("/echo")).type(KeyCode.ENTER);
            WindowRobot.waitForState(robot, "Connected");
            robot.clickOn("#composer").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
            waitUntil(() -> WindowRobot.count(WindowRobot.timeline(robot), "received") == 1);
            List<Labeled> arrows = robot.lookup(".arrow-column").queryAll().stream()
                    .filter(node -> node instanceof TableCell<?, ?> cell && cell.getText() != null
                            && !cell.getText().isEmpty()).map(Labeled.class::cast).toList();
            assertTrue(arrows.size() >= 2, "the sent and the received row at least");
            arrows.forEach(Sight::assertShownWhole);
        }
    }

    private static void expandAll(TreeItem<?> item) {
        item.setExpanded(true);
        item.getChildren().forEach(LaptopLayoutUiTest::expandAll);
    }

    @Test
    void theRecentAddresses_openUnderTheAddress_insideTheWindow(FxRobot robot) throws Exception {
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            // longer than the 90 characters the list shows, so its item is shortened
            String longAddress = server.url("/echo") + "?token=" + "x".repeat(70);
            robot.clickOn("#url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                    .write(longAddress).type(KeyCode.ENTER);
            WindowRobot.waitForState(robot, "Connected");
            robot.clickOn("#recent-urls");
            javafx.stage.Window main = robot.lookup("#url").query().getScene().getWindow();
            javafx.scene.control.ContextMenu menu = robot.listWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu m && "recent-urls-menu".equals(m.getId()))
                    .map(javafx.scene.control.ContextMenu.class::cast).findFirst().orElseThrow();
            waitUntil(() -> menu.getWidth() > 0);
            assertTrue(menu.getX() >= main.getX() && menu.getX() + menu.getWidth() <= main.getX() + main.getWidth(),
                    "menu " + menu.getX() + "+" + menu.getWidth() + " in window " + main.getX() + "+" + main.getWidth());
            robot.clickOn(menu.getItems().get(0).getText());
            assertEquals(longAddress, robot.lookup("#url").queryAs(javafx.scene.control.TextField.class).getText(),
                    "the whole address comes back, not the shortened text");
        }
    }

    @Test
    void theHelpDialogs_andTheNameDialog_showTheirLabelsWhole(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        Node shortcuts = robot.lookup("#keyboard-shortcuts").query();
        assertNothingCut(shortcuts, "Keyboard shortcuts");
        assertInsideScreen(shortcuts);
        robot.interact(() -> shortcuts.getScene().getWindow().hide());
        robot.clickOn("Help").clickOn("About Wscope");
        assertNothingCut(robot.lookup("#about-wscope").query(), "About");
        robot.interact(() -> robot.lookup("#about-wscope").query().getScene().getWindow().hide());
        robot.clickOn("#save-request");
        Node name = robot.lookup("#name-input").query();
        assertNothingCut(name.getScene().getRoot(), "Save request");
        robot.type(KeyCode.ESCAPE);
    }

    /** A dialog fits the 1280x800 screen whole. */
    private static void assertInsideScreen(Node node) {
        var window = node.getScene().getWindow();
        assertTrue(window.getY() >= 0 && window.getY() + window.getHeight() <= 800.5
                && window.getX() >= 0 && window.getX() + window.getWidth() <= 1280.5,
                "window at " + window.getX() + "," + window.getY() + " sized " + window.getWidth() + "x" + window.getHeight());
    }

    @Test
    void aWindowNarrowedTo1024x700_keepsSendAndDiagnoseInView(FxRobot robot) {
        javafx.stage.Window window = robot.lookup("#url").query().getScene().getWindow();
        robot.interact(() -> {
            window.setWidth(1024);
            window.setHeight(700);
        });
        Button send = robot.lookup("#send").queryAs(Button.class);
        waitUntil(() -> send.getScene().getWidth() == 1024);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertInsideWindow(send);
        assertInsideWindow(robot.lookup("#diagnose").query());
        Node request = robot.lookup("#request-tabs").query();
        assertTrue(onScreen(send).getMaxX() <= onScreen(request).getMaxX() + 0.5, "Send inside its pane, not under the"
                + " events: " + onScreen(send) + " in " + onScreen(request));
        robot.interact(() -> {
            window.setWidth(1280);
            window.setHeight(800);
        });
    }
}
