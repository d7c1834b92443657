package dev.wscope.core.text;

/**
 * The one escaper for markup: text put into HTML pages and XML shown indented. HTML escapes both quotes
 * everywhere, so the same text is safe in an element and in an attribute value; XML keeps a text node's
 * quotes and whitespace as they are, and in an attribute value writes the quote and the whitespace that
 * attribute normalisation would otherwise change as character references.
 */
public final class Markup {
    /** Where escaped text goes. */
    public enum Context { HTML, XML_TEXT, XML_ATTRIBUTE }

    private Markup() {
    }

    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, Context.HTML, out);
        return out.toString();
    }

    public static void escape(String text, Context context, StringBuilder out) {
        boolean attribute = context == Context.XML_ATTRIBUTE;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(context == Context.XML_TEXT ? "\"" : "&quot;");
                case '\'' -> out.append(context == Context.HTML ? "&#39;" : "'");
                case '\r' -> out.append(context == Context.HTML ? "\r" : "&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(c);
            }
        }
    }
}
