package dev.wscope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
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

    /**
     * Every label, button or box on show under that node whose text is drawn cut ("Handsha..."), as
     * "id or class: 'text' drawn as 'shown'". Cells are left out: a table's or tree's cells cut long values on
     * purpose and show them whole elsewhere; so are the editors' line numbers (RichTextFX draws them itself).
     */
    static List<String> cutLabels(Node root) {
        List<String> cut = new ArrayList<>();
        for (Node node : allUnder(root)) {
            if (!(node instanceof Labeled labeled) || node instanceof Cell<?> || node.getStyleClass().contains("lineno")
                    || !shown(node)) {
                continue;
            }
            Text text = ownText(labeled);
            if (text != null && labeled.getText() != null && !labeled.getText().equals(text.getText())) {
                cut.add((labeled.getId() != null ? labeled.getId() : labeled.getStyleClass()) + ": '"
                        + labeled.getText() + "' drawn as '" + text.getText() + "'");
            }
        }
        return cut;
    }

    private static List<Node> allUnder(Node root) {
        List<Node> all = new ArrayList<>();
        all.add(root);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof Parent parent) {
                all.addAll(parent.getChildrenUnmodifiable());
            }
        }
        return all;
    }

    /**
     * Nothing under that node drawn cut, once the window has laid out what just changed (a label's new text
     * is drawn at the next pulse): waits up to 5 s, then fails naming what is cut.
     */
    static void assertNothingCut(Node root, String where) {
        List<List<String>> last = new ArrayList<>();
        try {
            UiWait.until(() -> {
                last.add(0, cutLabels(root));
                return last.get(0).isEmpty();
            }, 5);
        } catch (AssertionError stillCut) {
            assertEquals(List.of(), last.get(0), where);
        }
    }

    /** The text node the labeled's own skin draws: the nearest one, not one of a label inside it (a titled pane's). */
    private static Text ownText(Labeled labeled) {
        List<Node> level = new ArrayList<>(labeled.getChildrenUnmodifiable());
        while (!level.isEmpty()) {
            List<Node> next = new ArrayList<>();
            for (Node node : level) {
                if (node instanceof Text text && text.getStyleClass().contains("text")) {
                    return text;
                }
                if (node instanceof Parent parent && !(node instanceof Labeled)) {
                    next.addAll(parent.getChildrenUnmodifiable());
                }
            }
            level = next;
        }
        return null;
    }

    /** Visible all the way up, and laid out inside the window. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getParent() instanceof Cell<?>) {
                return false;
            }
        }
        Bounds bounds = onScreen(node);
        return bounds.getWidth() > 0 && bounds.getMaxX() > 0 && bounds.getMinX() < node.getScene().getWidth()
                && bounds.getMaxY() > 0 && bounds.getMinY() < node.getScene().getHeight();
    }

    /** The text the skin draws is the label's whole text: nothing cut to "...". */
    static void assertShownWhole(Labeled labeled) {
        Text shown = ownText(labeled);
        String expected = labeled.getText() == null ? "" : labeled.getText();
        assertEquals(expected, shown == null ? "" : shown.getText(), "the label " + labeled.getId() + " as drawn");
    }
}
