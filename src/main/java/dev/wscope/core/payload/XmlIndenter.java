package dev.wscope.core.payload;

import dev.wscope.core.text.Markup;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes a parsed document two spaces an element. Only elements whose children are elements, comments or
 * processing instructions (whitespace between them aside) are broken into lines: an element that holds
 * text, or xml:space="preserve", is written exactly as it came, so indenting never changes a text.
 */
final class XmlIndenter {
    private XmlIndenter() {
    }

    static void write(Node document, StringBuilder out) {
        NodeList children = document.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            line(children.item(i), 0, out);
        }
    }

    private static void line(Node node, int depth, StringBuilder out) {
        if (node.getNodeType() == Node.TEXT_NODE && node.getNodeValue().isBlank()) {
            return;
        }
        out.append("  ".repeat(depth));
        if (node instanceof Element element && indentable(element)) {
            startTag(element, out);
            out.append(">\n");
            NodeList children = element.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                line(children.item(i), depth + 1, out);
            }
            out.append("  ".repeat(depth)).append("</").append(element.getTagName()).append('>');
        } else {
            inline(node, out);
        }
        out.append('\n');
    }

    private static boolean indentable(Element element) {
        if ("preserve".equals(element.getAttribute("xml:space"))) {
            return false;
        }
        boolean structure = false;
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE, Node.COMMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE -> structure = true;
                case Node.TEXT_NODE -> {
                    if (!child.getNodeValue().isBlank()) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return structure;
    }

    private static void inline(Node node, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                Element element = (Element) node;
                startTag(element, out);
                NodeList children = element.getChildNodes();
                if (children.getLength() == 0) {
                    out.append("/>");
                    return;
                }
                out.append('>');
                for (int i = 0; i < children.getLength(); i++) {
                    inline(children.item(i), out);
                }
                out.append("</").append(element.getTagName()).append('>');
            }
            case Node.TEXT_NODE -> Markup.escape(node.getNodeValue(), Markup.Context.XML_TEXT, out);
            case Node.CDATA_SECTION_NODE -> out.append("<![CDATA[").append(node.getNodeValue()).append("]]>");
            case Node.COMMENT_NODE -> out.append("<!--").append(node.getNodeValue()).append("-->");
            case Node.PROCESSING_INSTRUCTION_NODE -> out.append("<?").append(node.getNodeName())
                    .append(node.getNodeValue().isEmpty() ? "" : " " + node.getNodeValue()).append("?>");
            default -> out.append(node.getTextContent() == null ? "" : node.getTextContent());
        }
    }

    private static void startTag(Element element, StringBuilder out) {
        out.append('<').append(element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            out.append(' ').append(attribute.getNodeName()).append("=\"");
            Markup.escape(attribute.getNodeValue(), Markup.Context.XML_ATTRIBUTE, out);
            out.append('"');
        }
    }
}
