package dev.wscope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.collection.SavedRequest;
import dev.wscope.ui.collections.TreeNode;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Save a request, open a new window on the same data folder, and find it again with its saved message. */
@ExtendWith(ApplicationExtension.class)
class CollectionsUiTest {
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
    @SuppressWarnings("unchecked")
    void aSavedRequest_isThereAfterARestart_withItsSavedMessage(FxRobot robot) throws Exception {
        String path = "/saved-" + UUID.randomUUID();
        String url = "ws://127.0.0.1:9" + path;
        String message = "{\"hello\":\"" + path + "\"}";
        robot.interact(() -> {
            robot.lookup("#url").queryAs(TextField.class).setText(url + "?room=42");
            robot.lookup("#headers-raw").queryAs(TextArea.class).setText("X-Test: saved\n#X-Off: kept\n");
            robot.lookup("#composer").queryAs(CodeArea.class).replaceText(message);
        });
        robot.clickOn("#save-request");
        // a new request is named as it is saved: the URL's last part is offered, the user types another
        robot.clickOn("#name-input").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Saved " + path).type(KeyCode.ENTER);
        UiWait.until(() -> requestNamed(robot.lookup("#collections").queryAs(TreeView.class), "Saved " + path) != null, 10);

        Node root = window.restart(robot, () -> { }).getScene().getRoot();
        TreeView<?> tree = robot.from(root).lookup("#collections").queryAs(TreeView.class);
        UiWait.until(() -> requestNamed(tree, path) != null, 10);
        TreeItem<?> saved = requestNamed(tree, path);
        SavedRequest request = ((TreeNode.OfRequest) saved.getValue()).request();
        assertEquals(1, saved.getChildren().size(), "the saved message is under its request");
        assertEquals(message, ((TreeNode.OfMessage) saved.getChildren().get(0).getValue()).message().body());
        robot.interact(() -> {
            ((TreeView<TreeNode>) tree).getSelectionModel().select((TreeItem<TreeNode>) saved);
            tree.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        TextField secondUrl = robot.from(root).lookup("#url").queryAs(TextField.class);
        try {
            UiWait.until(() -> secondUrl.getText().equals(url + "?room=42"), 10);
        } catch (AssertionError e) {
            throw new AssertionError("url is " + secondUrl.getText(), e);
        }
        assertEquals("X-Test: saved\n#X-Off: kept\n", robot.from(root).lookup("#headers-raw").queryAs(TextArea.class).getText());
        assertEquals(message, robot.from(root).lookup("#composer").queryAs(CodeArea.class).getText());
        assertTrue(request.messages().get(0).name().startsWith("Message"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void openingTheSampleMirror_selectsItsEnvironment_andWithoutOneNothingIsSent(FxRobot robot) {
        TreeView<TreeNode> tree = robot.lookup("#collections").queryAs(TreeView.class);
        UiWait.until(() -> requestNamed(tree, "Mirror") != null, 10);
        robot.interact(() -> {
            tree.getSelectionModel().select((TreeItem<TreeNode>) requestNamed(tree, "Mirror"));
            tree.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        javafx.scene.control.ComboBox<dev.wscope.core.variables.Environment> environment =
                robot.lookup("#environment").queryAs(javafx.scene.control.ComboBox.class);
        UiWait.until(() -> environment.getValue() != null, 10);
        assertEquals("local", environment.getValue().name());
        assertTrue(robot.lookup("#url").queryAs(TextField.class).getText().contains("{{host}}"));
        robot.interact(() -> environment.setValue(null));
        robot.clickOn("#connect");
        String error = robot.lookup("#url-error").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(error.contains("{{host}} in URL") && error.contains("no value"), error);
        assertTrue(robot.lookup("#connection-state").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("Disconnected"));
    }

    /** The tree item of a saved request whose name ends with the text, at any depth. */
    private static TreeItem<?> requestNamed(TreeView<?> tree, String ending) {
        return find(tree.getRoot(), ending);
    }

    private static TreeItem<?> find(TreeItem<?> parent, String ending) {
        for (TreeItem<?> item : parent.getChildren()) {
            if (item.getValue() instanceof TreeNode.OfRequest node && node.name().endsWith(ending)) {
                return item;
            }
            TreeItem<?> deeper = find(item, ending);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }
}
