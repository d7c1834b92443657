package dev.wscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What a user sees of a node: inside the window, its label shown whole rather than cut to an ellipsis. */
final class Sight {
    private Sight() {
    }

    static Bounds onScreen(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    static void assertInsideWindow(Node node) {
        Bounds bounds = onScreen(node);
        double width = node.getScene().getWidth();
        double height = node.getScene().getHeight();
        assertTrue(bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= width + 0.5
                && bounds.getMaxY() <= height + 0.5, node + " at " + bounds + " in a window of " + width + "x" + height);
    }

    /** The text the skin draws is the label's whole text: nothing cut to "...". */
    static void assertShownWhole(Labeled labeled) {
        Text shown = (Text) labeled.lookup(".text");
        String expected = labeled.getText() == null ? "" : labeled.getText();
        assertEquals(expected, shown == null ? "" : shown.getText(), "the label " + labeled.getId() + " as drawn");
    }
}
