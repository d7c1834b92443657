package dev.wscope.ui.spec;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/** Block-level Markdown to JavaFX nodes: headings, paragraphs, lists, quotes, code, rules and tables. */
final class MarkdownBlocks {
    private MarkdownBlocks() {
    }

    static List<Node> render(org.commonmark.node.Node parent) {
        List<Node> nodes = new ArrayList<>();
        for (org.commonmark.node.Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            Node rendered = block(block);
            if (rendered != null) {
                nodes.add(rendered);
            }
        }
        return nodes;
    }

    private static Node block(org.commonmark.node.Node block) {
        if (block instanceof Heading heading) {
            return styled(MarkdownInlines.flow(heading), "md-h" + Math.min(heading.getLevel(), 3));
        } else if (block instanceof Paragraph paragraph) {
            return MarkdownInlines.flow(paragraph);
        } else if (block instanceof BulletList || block instanceof OrderedList) {
            return list(block);
        } else if (block instanceof BlockQuote) {
            return styled(column(render(block)), "md-quote");
        } else if (block instanceof FencedCodeBlock code) {
            return code(code.getLiteral());
        } else if (block instanceof IndentedCodeBlock code) {
            return code(code.getLiteral());
        } else if (block instanceof HtmlBlock html) {
            return code(html.getLiteral());
        } else if (block instanceof ThematicBreak) {
            return new Separator();
        } else if (block instanceof TableBlock) {
            return table(block);
        }
        return column(render(block));
    }

    private static Node list(org.commonmark.node.Node list) {
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        VBox items = column(List.of());
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                Label marker = new Label(list instanceof OrderedList ? number++ + "." : "•");
                marker.setMinWidth(18);
                VBox content = column(render(item));
                HBox.setHgrow(content, Priority.ALWAYS);
                items.getChildren().add(new HBox(4, marker, content));
            }
        }
        return items;
    }

    private static Node code(String literal) {
        Text text = new Text(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        text.getStyleClass().add("md-code-text");
        return styled(new TextFlow(text), "md-code-block");
    }

    /**
     * Rows of cells; the header row (the table's first child) in bold. Each column is at least as wide as its
     * widest word; short of room, the columns shrink alike down to that, so the long cells wrap.
     */
    private static Node table(org.commonmark.node.Node table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int row = 0;
        for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (org.commonmark.node.Node tableRow = section.getFirstChild(); tableRow != null; tableRow = tableRow.getNext()) {
                int column = 0;
                for (org.commonmark.node.Node cell = tableRow.getFirstChild(); cell != null; cell = cell.getNext()) {
                    TextFlow flow = MarkdownInlines.into(new TableCellFlow(), cell);
                    if (cell instanceof TableCell tableCell && tableCell.isHeader()) {
                        flow.getStyleClass().add("md-table-header");
                    }
                    grid.add(flow, column++, row);
                }
                row++;
            }
        }
        return grid;
    }

    private static VBox column(List<Node> children) {
        VBox box = new VBox(6);
        box.getChildren().addAll(children);
        return box;
    }

    private static Node styled(Node node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
