package dev.wscope.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A Markdown table in the Docs tab's preview at 1280x800: every column as wide as its longest word at least. */
class MarkdownTableUiTest extends FreshWindow {
    /** The table of the sample collection's description (src/main/resources/samples/echo-and-mirror.json). */
    private static final String SAMPLE_TABLE = "| path | what it does |\n|---|---|\n"
            + "| `/echo` | sends every message back, in its own type |\n"
            + "| `/mirror` | first sends the handshake it received as JSON, then echoes |";

    @Test
    void aTableInTheDescription_showsEveryWordOfEveryCellWhole(FxRobot robot) {
        robot.clickOn("#tab-docs");
        robot.interact(() -> robot.lookup("#request-spec-description").queryAs(TextArea.class)
                .setText("Requests to Wscope's own test server.\n\n" + SAMPLE_TABLE));
        GridPane table = robot.lookup(".md-table").queryAs(GridPane.class);
        List<TextFlow> cells = table.getChildren().stream().map(TextFlow.class::cast).toList();
        assertEquals(6, cells.size());
        WindowRobot.waitUntil(() -> table.getHeight() > 0); // laid out at the next pulse

        for (TextFlow cell : cells) {
            assertTrue(cell.getWidth() >= longestWord(cell) - 0.5, "'" + text(cell) + "' is " + cell.getWidth()
                    + " px wide, less than its longest word (" + longestWord(cell) + " px)");
        }
        for (int cell = 0; cell < cells.size(); cell += 2) {
            TextFlow first = cells.get(cell);
            double height = first.prefHeight(first.getWidth()); // its text's; the row's may be taller
            assertTrue(height < 2 * lineHeight(first), "'" + text(first) + "' on one line, not a character a"
                    + " line: " + height + " px high at " + first.getWidth() + " px wide");
        }
        assertTrue(table.getWidth() <= table.getParent().getLayoutBounds().getWidth() + 0.5,
                "the table fits the preview's width, its long cells wrapped");
    }

    private static String text(TextFlow flow) {
        StringBuilder all = new StringBuilder();
        flow.getChildren().forEach(piece -> all.append(((Text) piece).getText()));
        return all.toString();
    }

    /** The widest word of the cell, in the font each piece of it is drawn in. */
    private static double longestWord(TextFlow flow) {
        double widest = 0;
        for (Node piece : flow.getChildren()) {
            Text text = (Text) piece;
            for (String word : text.getText().split(" ")) {
                Text measured = new Text(word);
                measured.setFont(text.getFont());
                widest = Math.max(widest, measured.getLayoutBounds().getWidth());
            }
        }
        return widest;
    }

    private static double lineHeight(TextFlow flow) {
        return ((Text) flow.getChildren().get(0)).getLayoutBounds().getHeight();
    }
}
