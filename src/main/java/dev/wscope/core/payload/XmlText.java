package dev.wscope.core.payload;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Well-formed XML: checking (no DTDs or external entities, so a pasted document cannot reach out) and indenting. */
public final class XmlText {
    private XmlText() {
    }

    public static Document parse(String text) throws PayloadException {
        if (text.isBlank()) {
            throw new PayloadException("XML: the message is empty");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new PayloadException("XML: line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + e.getMessage());
        } catch (Exception e) {
            throw new PayloadException("XML: " + e.getMessage());
        }
    }

    public static void check(String text) throws PayloadException {
        parse(text);
    }

    public static String pretty(String text) throws PayloadException {
        Document document = parse(text);
        stripWhitespaceText(document.getDocumentElement());
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION,
                    text.stripLeading().startsWith("<?xml") ? "no" : "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString().strip();
        } catch (Exception e) {
            throw new PayloadException("XML: " + e.getMessage());
        }
    }

    /** Whitespace-only text nodes would otherwise be printed again beside the new indentation. */
    private static void stripWhitespaceText(org.w3c.dom.Node node) {
        org.w3c.dom.NodeList children = node.getChildNodes();
        for (int i = children.getLength() - 1; i >= 0; i--) {
            org.w3c.dom.Node child = children.item(i);
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE && child.getTextContent().isBlank()) {
                node.removeChild(child);
            } else {
                stripWhitespaceText(child);
            }
        }
    }
}
