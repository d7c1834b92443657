package dev.wscope.core.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XmlTextTest {
    private static String error(String xml) {
        return assertThrows(PayloadException.class, () -> XmlText.check(xml)).getMessage();
    }

    @Test
    void wellFormedXml_passes() throws Exception {
        XmlText.check("<a x='1'><b/>text &amp; &#x41;<![CDATA[<raw>]]><!-- c --></a>");
        XmlText.check("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<s:a xmlns:s=\"urn:x\"/>");
    }

    @Test
    void mismatchedTag_givesLineAndColumn() {
        assertTrue(error("<a>\n  <b></a>").startsWith("XML: line 2, column 8: "), error("<a>\n  <b></a>"));
        assertTrue(error("<a>\n  <b></a>").contains("\"b\""), "names the element left open");
    }

    @Test
    void notWellFormed_isRefused() {
        assertTrue(error("<a>").startsWith("XML: line 1"));
        assertTrue(error("<a/><b/>").startsWith("XML: line 1, column 6: "), "one root element");
        assertTrue(error("<a>&nbsp;</a>").startsWith("XML: line 1"), "no HTML entities without a DTD");
        assertTrue(error("plain text").startsWith("XML: line 1, column 1: "));
    }

    @Test
    void emptyInput_saysTheMessageIsEmpty() {
        assertEquals("XML: the message is empty", error(""));
        assertEquals("XML: the message is empty", error("  \n"));
    }

    @Test
    void doctype_isRefusedSoNoExternalEntityIsEverRead() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>";
        String message = error(xxe);
        assertTrue(message.startsWith("XML: line 2, column "), message);
        assertTrue(message.contains("DOCTYPE is not accepted"), message);
        assertFalse(message.contains("root:"), "nothing of the file leaks into the message");
        assertTrue(error("<!DOCTYPE html><html/>").contains("DOCTYPE is not accepted"), "even a harmless one");
    }

    @Test
    void billionLaughs_isRefusedBeforeExpanding() {
        String bomb = "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><l>&b;</l>";
        assertTrue(error(bomb).contains("DOCTYPE is not accepted"));
    }

    @Test
    void pretty_indentsElementsByTwoSpaces() throws Exception {
        assertEquals("<a>\n  <b>1</b>\n  <c>\n    <d/>\n  </c>\n</a>", XmlText.pretty("<a><b>1</b><c><d/></c></a>"));
    }

    @Test
    void pretty_reindentsAlreadyIndentedXmlWithoutBlankLines() throws Exception {
        assertEquals("<a>\n  <b/>\n</a>", XmlText.pretty("<a>\n\n      <b/>\n   \n</a>\n"));
    }

    @Test
    void pretty_keepsMixedContentExactlyAsWritten() throws Exception {
        assertEquals("<p>Hello <b>you</b> there</p>", XmlText.pretty("<p>Hello <b>you</b> there</p>"));
        assertEquals("<doc>\n  <p>a <i>b</i></p>\n</doc>", XmlText.pretty("<doc><p>a <i>b</i></p></doc>"));
    }

    @Test
    void pretty_keepsWhitespaceOnlyContentAndXmlSpacePreserve() throws Exception {
        assertEquals("<a> </a>", XmlText.pretty("<a> </a>"));
        assertEquals("<pre xml:space=\"preserve\"><b/>\n  <c/></pre>", XmlText.pretty("<pre xml:space=\"preserve\"><b/>\n  <c/></pre>"));
    }

    @Test
    void pretty_keepsTheDeclarationAsWrittenWithoutAddingStandalone() throws Exception {
        assertEquals("<?xml version=\"1.0\"?>\n<a>\n  <b/>\n</a>", XmlText.pretty("<?xml version=\"1.0\"?><a><b/></a>"));
    }

    @Test
    void pretty_keepsCommentsCdataNamespacesAndEscapes() throws Exception {
        String xml = "<s:a xmlns:s=\"urn:x\" t=\"&quot;q&quot; &lt;\"><!-- note --><s:b>x &amp; y &lt; z</s:b>"
                + "<c><![CDATA[<raw> & ]]></c><?pi data?></s:a>";
        assertEquals("<s:a t=\"&quot;q&quot; &lt;\" xmlns:s=\"urn:x\">\n  <!-- note -->\n  <s:b>x &amp; y &lt; z</s:b>\n"
                + "  <c><![CDATA[<raw> & ]]></c>\n  <?pi data?>\n</s:a>", XmlText.pretty(xml));
    }

    @Test
    void prettyTwice_isTheSameAsOnce() throws Exception {
        String once = XmlText.pretty("<a><b x=\"1\">t</b><c><d/><!--x--></c></a>");
        assertEquals(once, XmlText.pretty(once));
    }

    @Test
    void prettyOfBrokenXml_refusesWithTheCheckMessage() {
        assertEquals(error("<a><b></a>"), assertThrows(PayloadException.class, () -> XmlText.pretty("<a><b></a>")).getMessage());
    }
}
