package dev.wscope.ui.app;

import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.ui.collections.TreeNode;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import org.testfx.api.FxRobot;

/** What the window tests do again and again: connect, read the state and the timeline, find a tree row. */
final class WindowRobot {
    private WindowRobot() {
    }

    static void connectTo(FxRobot robot, String url) {
        TextField field = robot.lookup("#url").queryAs(TextField.class);
        robot.interact(() -> field.setText(url));
        robot.clickOn("#connect");
        waitForState(robot, "Connected");
    }

    static String state(FxRobot robot) {
        return robot.lookup("#connection-state").queryAs(Label.class).getText();
    }

    static void waitForState(FxRobot robot, String prefix) {
        UiWait.until("the connection state to start with '" + prefix + "'", () -> state(robot),
                state -> state.startsWith(prefix), 10);
    }

    @SuppressWarnings("unchecked")
    static TableView<TimelineEntry> timeline(FxRobot robot) {
        Node node = robot.lookup("#timeline").query();
        return (TableView<TimelineEntry>) node;
    }

    static int rowOfKind(TableView<TimelineEntry> timeline, String kind) {
        var items = timeline.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).event().kind().equals(kind)) {
                return i;
            }
        }
        return -1;
    }

    static long count(TableView<TimelineEntry> timeline, String kind) {
        return timeline.getItems().stream().filter(e -> e.event().kind().equals(kind)).count();
    }

    /** The tree row on show for that node of the collections tree (a collection, folder, request or message). */
    static TreeCell<?> treeCellOf(FxRobot robot, java.util.function.Predicate<TreeNode> node) {
        // the tree keeps spare cells out of sight (with a stale item): only a visible one is the row on show
        return robot.lookup((Node n) -> n instanceof TreeCell<?> cell && cell.isVisible()
                && cell.getItem() instanceof TreeNode item && node.test(item)).queryAs(TreeCell.class);
    }

    /**
     * Clicks a control that sits in a row laid out only while it has something to say (an error's fix, the
     * undo bar): the row gets its place a pulse after it is shown, and a click before that lands elsewhere.
     */
    static void clickOnceLaidOut(FxRobot robot, Node control) {
        waitUntil(() -> control.isVisible() && control.getParent().getLayoutBounds().getHeight() > 0
                && control.getLayoutBounds().getWidth() > 0 && !control.getParent().isNeedsLayout());
        // and still where it was a pulse later: a row laid out just now can move what is around it once more
        javafx.geometry.Bounds[] last = {null};
        waitUntil(() -> {
            javafx.geometry.Bounds now = control.localToScreen(control.getLayoutBounds());
            boolean settled = now != null && now.equals(last[0]);
            last[0] = now;
            return settled;
        });
        robot.clickOn(control);
    }

    static void waitUntil(BooleanSupplier condition) {
        UiWait.until(condition, 10);
    }
}
