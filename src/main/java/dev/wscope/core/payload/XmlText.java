package dev.wscope.core.payload;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
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
            String message = e.getMessage() != null && e.getMessage().contains("DOCTYPE is disallowed")
                    ? "a DOCTYPE is not accepted: it could make the parser read files or addresses"
                    : e.getMessage();
            throw new PayloadException("XML: line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + message);
        } catch (Exception e) {
            throw new PayloadException("XML: " + e.getMessage());
        }
    }

    public static void check(String text) throws PayloadException {
        parse(text);
    }

    /**
     * The document indented by two spaces an element. An element holding text keeps its content exactly
     * as written (indenting mixed content would change the text); the XML declaration is kept as written.
     */
    public static String pretty(String text) throws PayloadException {
        Document document = parse(text);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 2);
        String start = text.stripLeading();
        if (start.startsWith("<?xml") && start.indexOf("?>") > 0) {
            out.append(start, 0, start.indexOf("?>") + 2).append('\n');
        }
        XmlIndenter.write(document, out);
        return out.toString().strip();
    }
}
