package dev.wscope.ui.app;

import static dev.wscope.ui.app.WindowRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wscope.core.request.KeyValue;
import dev.wscope.ui.keyvalue.KeyValueListModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The params, headers and cookies tables filled from the keyboard alone, as a user types, at 1280x800. */
class KeyboardEditingUiTest extends FreshWindow {

    @Test
    void headers_typedWithTab_keepEveryKeystrokeInTableOrder(FxRobot robot) {
        robot.clickOn("#tab-headers");
        robot.clickOn(fields(robot, "#headers-table").get(0));
        robot.write("X-One").type(KeyCode.TAB).write("first").type(KeyCode.TAB)
                .write("X-Two").type(KeyCode.TAB).write("second");

        KeyValueListModel headers = app.window().session().form().headers();
        assertEquals(List.of(KeyValue.of("X-One", "first"), KeyValue.of("X-Two", "second")), headers.values());
        assertEquals("X-One: first\nX-Two: second\n", robot.lookup("#headers-raw").queryAs(TextArea.class).getText());
        assertEquals(6, fields(robot, "#headers-table").size(), "a fresh blank row below the two");
    }

    @Test
    void params_shiftTabWalksBack_andTheTypedValueIsKept(FxRobot robot) {
        robot.clickOn("#tab-params");
        robot.clickOn(fields(robot, "#params-table").get(0));
        robot.write("page").type(KeyCode.TAB).write("2");
        // Tab and Shift+Tab select the field's text, as in a browser: End goes on after it
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT).type(KeyCode.END).write("-no");

        assertEquals(List.of(KeyValue.of("page-no", "2")), app.window().session().form().params().values());
    }

    @Test
    void aRow_isDeletedByItsButtonAndByTheKeys_andCtrlZBringsItBack(FxRobot robot) {
        robot.clickOn("#tab-cookies");
        robot.clickOn(fields(robot, "#cookies-table").get(0));
        robot.write("a").type(KeyCode.TAB).write("1").type(KeyCode.TAB).write("b").type(KeyCode.TAB).write("2")
                .type(KeyCode.TAB).write("c").type(KeyCode.TAB).write("3");
        KeyValueListModel cookies = app.window().session().form().cookies();

        robot.clickOn(robot.from(robot.lookup("#cookies-table").queryAs(Node.class)).lookup(".row-delete")
                .queryAll().iterator().next());
        assertEquals(List.of(KeyValue.of("b", "2"), KeyValue.of("c", "3")), cookies.values(), "the first row's button");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(List.of(KeyValue.of("b", "2")), cookies.values(), "the focused row, 'c', by the keys");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(List.of(KeyValue.of("b", "2"), KeyValue.of("c", "3")), cookies.values(), "the last delete undone");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(List.of(KeyValue.of("a", "1"), KeyValue.of("b", "2"), KeyValue.of("c", "3")), cookies.values(),
                "and the one before, in its place");
    }

    @Test
    void theRowShortcut_turnsARowOff_soItIsKeptButNotSent(FxRobot robot) {
        robot.clickOn("#tab-headers");
        robot.clickOn(fields(robot, "#headers-table").get(0));
        robot.write("X-Off").type(KeyCode.TAB).write("1");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.SHIFT, KeyCode.CONTROL);

        assertEquals(List.of(new KeyValue(false, "X-Off", "1")), app.window().session().form().headers().values());
        waitUntil(() -> robot.lookup("#headers-raw").queryAs(TextArea.class).getText().equals("#X-Off: 1\n"));
    }

    /** The text fields of a rows editor, in order: name and value of each row. */
    static List<TextField> fields(FxRobot robot, String editor) {
        return robot.from(robot.lookup(editor).queryAs(Node.class)).lookup((Node n) -> n instanceof TextField)
                .queryAllAs(TextField.class).stream().filter(Node::isVisible)
                .sorted(java.util.Comparator.comparingDouble((TextField f) -> f.localToScene(0, 0).getY())
                        .thenComparingDouble(f -> f.localToScene(0, 0).getX()))
                .toList();
    }
}
