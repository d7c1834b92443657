package dev.wscope.share.html;

import dev.wscope.core.collection.Collection;
import dev.wscope.core.collection.CollectionItem;
import dev.wscope.core.collection.Folder;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.text.Markup;
import dev.wscope.core.variables.Environment;
import dev.wscope.core.variables.Variable;
import dev.wscope.store.SharedCopy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A collection as one HTML page that needs nothing else: styles inline, no scripts, no images, no links out.
 * Made from the collection's shared copy, so secret values never reach it: secret variables show a mask and
 * a secret pasted into a field shows as its {{name}}.
 */
public final class HtmlDocs {
    private static final String CSS = stylesheet();

    private final StringBuilder index = new StringBuilder();
    private final StringBuilder sections = new StringBuilder();
    private int requestCount;

    private HtmlDocs() {
    }

    public static String of(Collection collection) {
        return new HtmlDocs().page(SharedCopy.of(collection));
    }

    private String page(Collection collection) {
        walk(collection.items(), "");
        String title = collection.name().isBlank() ? "Untitled collection" : collection.name();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Markup.html(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Markup.html(title)).append("</h1>\n")
                .append(RequestHtml.spec(collection.spec()));
        if (!collection.spec().description().isBlank()) {
            html.append("<div class=\"description\">").append(MarkdownHtml.render(collection.spec().description()))
                    .append("</div>\n");
        }
        html.append("</header>\n<nav id=\"index\">\n<h2>Requests</h2>\n");
        html.append(requestCount == 0 ? "<p>This collection has no requests yet.</p>\n" : index.toString());
        html.append("</nav>\n").append(environments(collection.environments()))
                .append("<main>\n").append(sections).append("</main>\n")
                .append("<footer>Made with Wscope from the collection file; secret values are never included.</footer>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    /** Fills the index (nested as the folders are) and the request sections, in tree order. */
    private void walk(List<CollectionItem> items, String folderPath) {
        if (items.isEmpty()) {
            return;
        }
        index.append("<ul>\n");
        for (CollectionItem item : items) {
            if (item instanceof SavedRequest request) {
                String anchor = "request-" + (++requestCount);
                index.append("<li><a href=\"#").append(anchor).append("\">")
                        .append(Markup.html(RequestHtml.title(request))).append("</a></li>\n");
                sections.append(RequestHtml.section(request, anchor, folderPath));
            } else if (item instanceof Folder folder) {
                index.append("<li class=\"folder\">").append(Markup.html(folder.name())).append("\n");
                walk(folder.items(), folderPath.isEmpty() ? folder.name() : folderPath + " / " + folder.name());
                index.append("</li>\n");
            }
        }
        index.append("</ul>\n");
    }

    private static String environments(List<Environment> environments) {
        if (environments.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section id=\"environments\">\n<h2>Environments</h2>\n");
        for (Environment environment : environments) {
            html.append("<h3>").append(Markup.html(environment.name())).append("</h3>\n")
                    .append("<table>\n<tr><th>Variable</th><th>Value</th></tr>\n");
            for (Variable variable : environment.variables()) {
                String value = variable.secret() ? Variable.MASK + " (secret)"
                        : variable.hasValue() ? variable.value() : "(no value)";
                html.append("<tr><td>{{").append(Markup.html(variable.name())).append("}}</td><td>")
                        .append(Markup.html(value)).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String stylesheet() {
        try (InputStream in = HtmlDocs.class.getResourceAsStream("docs.css")) {
            if (in == null) {
                throw new IllegalStateException("docs.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
