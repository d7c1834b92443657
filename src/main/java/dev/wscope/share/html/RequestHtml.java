package dev.wscope.share.html;

import dev.wscope.core.collection.SavedMessage;
import dev.wscope.core.collection.SavedRequest;
import dev.wscope.core.collection.SpecFields;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.text.Markup;
import java.util.List;

/** One request's section of the docs: address, spec fields, tables, options, description and messages. */
final class RequestHtml {
    private final StringBuilder html = new StringBuilder();

    private RequestHtml() {
    }

    static String section(SavedRequest request, String anchor, String folderPath) {
        return new RequestHtml().write(request, anchor, folderPath);
    }

    private String write(SavedRequest request, String anchor, String folderPath) {
        html.append("<section class=\"request\" id=\"").append(anchor).append("\">\n");
        html.append("<h2>").append(Markup.html(title(request))).append("</h2>\n");
        if (!folderPath.isEmpty()) {
            html.append("<p class=\"folder\">").append(Markup.html(folderPath)).append("</p>\n");
        }
        html.append(spec(request.spec()));
        html.append("<pre class=\"url\">").append(Markup.html(request.connectRequest().url())).append("</pre>\n");
        if (!request.spec().description().isBlank()) {
            html.append("<div class=\"description\">").append(MarkdownHtml.render(request.spec().description()))
                    .append("</div>\n");
        }
        rows("Params", request.params());
        rows("Headers", request.headers());
        rows("Cookies", request.cookies());
        list("Subprotocols", request.subprotocols());
        list("Connection", OptionLines.of(request.options()));
        if (!request.messages().isEmpty()) {
            html.append("<h3>Messages</h3>\n");
            request.messages().forEach(this::message);
        }
        return html.append("</section>\n").toString();
    }

    static String title(SavedRequest request) {
        return request.name().isBlank() ? request.url() : request.name();
    }

    /** Status, owner and tags as a line of badges; empty when none is set. */
    static String spec(SpecFields spec) {
        StringBuilder line = new StringBuilder();
        spec.statusIfSet().ifPresent(status -> line.append("<span class=\"status status-").append(status.id())
                .append("\">").append(status.label()).append("</span> "));
        if (!spec.owner().isBlank()) {
            line.append("<span class=\"owner\">Owner: ").append(Markup.html(spec.owner())).append("</span> ");
        }
        spec.tags().forEach(tag -> line.append("<span class=\"tag\">").append(Markup.html(tag)).append("</span> "));
        return line.isEmpty() ? "" : "<p class=\"spec\">" + line.toString().strip() + "</p>\n";
    }

    /** A table of rows; disabled rows are shown struck through, as they are kept but not sent. */
    private void rows(String heading, List<KeyValue> rows) {
        if (rows.isEmpty()) {
            return;
        }
        html.append("<h3>").append(heading).append("</h3>\n<table>\n<tr><th>Name</th><th>Value</th></tr>\n");
        for (KeyValue row : rows) {
            html.append(row.enabled() ? "<tr>" : "<tr class=\"disabled\" title=\"not sent\">")
                    .append("<td>").append(Markup.html(row.name())).append("</td>")
                    .append("<td>").append(Markup.html(row.value())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void list(String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<h3>").append(heading).append("</h3>\n<ul>\n");
        items.forEach(item -> html.append("<li>").append(Markup.html(item)).append("</li>\n"));
        html.append("</ul>\n");
    }

    private void message(SavedMessage message) {
        html.append("<div class=\"message\">\n<h4>").append(Markup.html(message.name()))
                .append(" <span class=\"format\">").append(message.isProtocolMessage() ? Markup.html(message.verb())
                        : message.format().label()).append("</span>");
        if (message.fromServer()) {
            html.append(" <span class=\"direction\">from the server</span>");
        }
        html.append("</h4>\n<pre><code>").append(CodeHtml.highlighted(message.body(), message.format()))
                .append("</code></pre>\n</div>\n");
    }
}
