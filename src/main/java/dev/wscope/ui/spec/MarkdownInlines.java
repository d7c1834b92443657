package dev.wscope.ui.spec;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * Inline Markdown to one TextFlow: each piece of text a Text node carrying the style classes of what
 * encloses it (strong, emphasis, code, link), so nesting such as ***both*** keeps both.
 */
final class MarkdownInlines extends AbstractVisitor {
    private final TextFlow flow;
    private final Deque<String> styles = new ArrayDeque<>();
    private String linkTarget;

    private MarkdownInlines(TextFlow flow) {
        this.flow = flow;
    }

    static TextFlow flow(org.commonmark.node.Node block) {
        return into(new TextFlow(), block);
    }

    /** Fills the given flow with the block's inline content. */
    static <F extends TextFlow> F into(F flow, org.commonmark.node.Node block) {
        new MarkdownInlines(flow).visitChildren(block);
        return flow;
    }

    @Override
    public void visit(org.commonmark.node.Text text) {
        add(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        within("md-code", () -> add(code.getLiteral()));
    }

    @Override
    public void visit(Emphasis emphasis) {
        within("md-em", () -> visitChildren(emphasis));
    }

    @Override
    public void visit(StrongEmphasis strong) {
        within("md-strong", () -> visitChildren(strong));
    }

    @Override
    public void visit(Link link) {
        linkTarget = link.getDestination();
        within("md-link", () -> visitChildren(link));
        linkTarget = null;
    }

    @Override
    public void visit(Image image) {
        add("[image: ");
        visitChildren(image);
        add("]");
    }

    @Override
    public void visit(HtmlInline html) {
        within("md-code", () -> add(html.getLiteral()));
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        add(" ");
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        add("\n");
    }

    private void within(String style, Runnable inside) {
        styles.push(style);
        inside.run();
        styles.pop();
    }

    private void add(String literal) {
        Text text = new Text(literal);
        text.getStyleClass().add("md-text");
        text.getStyleClass().addAll(styles);
        if (linkTarget != null) {
            Tooltip.install(text, new Tooltip(linkTarget));
        }
        flow.getChildren().add(text);
    }
}
