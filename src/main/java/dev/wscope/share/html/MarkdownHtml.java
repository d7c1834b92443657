package dev.wscope.share.html;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown descriptions (CommonMark with GitHub tables) as HTML for a page that must stand alone: raw HTML
 * is shown as text, images are never loaded (their description is shown), and links to other places are
 * written out as text with their address, so opening the page contacts no one.
 */
public final class MarkdownHtml {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).nodeRendererFactory(OfflineLinks::new).build();

    private MarkdownHtml() {
    }

    public static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** Links within the page stay links; any other link or image becomes text. */
    private static final class OfflineLinks implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        OfflineLinks(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            String destination = node instanceof Link link ? link.getDestination() : ((Image) node).getDestination();
            if (node instanceof Link && destination.startsWith("#")) {
                html.tag("a", Map.of("href", destination));
                renderChildren(node);
                html.tag("/a");
                return;
            }
            html.tag("span", Map.of("class", node instanceof Image ? "image" : "link"));
            if (node instanceof Image) {
                html.text("[image: ");
            }
            renderChildren(node);
            if (node instanceof Image) {
                html.text("]");
            }
            if (!destination.isEmpty() && !destination.equals(textOf(node))) {
                html.text(" <" + destination + ">");
            }
            html.tag("/span");
        }

        private void renderChildren(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }

        private static String textOf(Node node) {
            Node child = node.getFirstChild();
            return child instanceof Text text && child.getNext() == null ? text.getLiteral() : "";
        }
    }
}
