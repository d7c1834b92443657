package dev.wscope.ui;

import static dev.wscope.ui.Sight.assertInsideWindow;
import static dev.wscope.ui.Sight.assertShownWhole;
import static dev.wscope.ui.Sight.cutLabels;
import static dev.wscope.ui.Sight.onScreen;
import static dev.wscope.ui.WindowRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.payload.MessageFormat;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
            assertEquals(List.of(), cutLabels(root), tab);
        }
    }
}
