package dev.wscope.core.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.Header;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDetailTest {
    private static DetailText render(TimelineEvent event) {
        return EventDetail.render(new TimelineEntry(7, 0, event)).page(0);
    }

    @Test
    void aCloseReasonsControlCharacters_areShownEscaped() {
        String text = render(new TimelineEvent.Closed(4000, "bye\u001b[2J\r", ClosedBy.SERVER)).text();
        assertTrue(text.contains("Reason: bye\\x1b[2J\\r\n"), text);
    }

    @Test
    void aBigJsonMessage_isPrettyPrintedInPagesOfWholeLines() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"seq\":").append(i).append(",\"data\":\"xxxxxxxx\"}");
        }
        DetailDocument document = EventDetail.render(new TimelineEntry(1, 0,
                TimelineEvent.Message.text(Direction.IN, json.append("]").toString())));
        assertTrue(document.pageCount() > 10, "pages: " + document.pageCount());
        StringBuilder joined = new StringBuilder();
        for (int page = 0; page < document.pageCount(); page++) {
            String text = document.page(page).text();
            assertTrue(page == document.pageCount() - 1 || text.endsWith("\n"), "pages end at line ends");
            assertEquals(Language.JSON, document.page(page).language());
            joined.append(text);
        }
        assertEquals(document.wholeText(), joined.toString(), "the pages together are the whole text");
    }

    @Test
    void aBigBinaryMessage_isAHexDumpIn16KiBPages() {
        byte[] bytes = new byte[1024 * 1024 + 5];
        DetailDocument document = EventDetail.render(new TimelineEntry(1, 0, TimelineEvent.Message.binary(Direction.IN, bytes)));
        assertEquals(65, document.pageCount());
        String second = document.page(1).text();
        assertTrue(second.startsWith("1048581 bytes; hex dump of bytes 16384 to 32767"), second.substring(0, 60));
        assertTrue(second.contains("\n00004000  00 00"), "offsets continue across pages");
        assertTrue(document.page(64).text().contains("00100000  00 00 00 00 00"));
        assertEquals(null, document.wholeText(), "no 5 MB dump is built for Copy");
    }

    @Test
    void jsonIsPrettyPrinted_xmlIndented_textAsIs() {
        DetailText json = render(TimelineEvent.Message.text(Direction.IN, "{\"a\":[1,2]}"));
        assertEquals("{\n  \"a\": [\n    1,\n    2\n  ]\n}", json.text());
        assertEquals(Language.JSON, json.language());
        DetailText xml = render(TimelineEvent.Message.text(Direction.IN, "<a><b/></a>"));
        assertEquals("<a>\n  <b/>\n</a>", xml.text());
        assertEquals(Language.XML, xml.language());
        assertEquals(new DetailText("plain words", Language.PLAIN), render(TimelineEvent.Message.text(Direction.IN, "plain words")));
    }

    @Test
    void smallBinaryShowsHexDumpBase64AndUtf8() {
        String text = render(TimelineEvent.Message.binary(Direction.IN, new byte[] {'h', 'i', 0})).text();
        assertTrue(text.startsWith("3 bytes"));
        assertTrue(text.contains("Hex dump\n00000000  68 69 00"));
        assertTrue(text.contains("Base64\naGkA"));
        assertTrue(text.contains("UTF-8\nhi"));
    }

    @Test
    void handshakeShowsItsLineAndHeaders_closeItsMeaning() {
        String request = render(new TimelineEvent.HandshakeRequest("GET /x HTTP/1.1",
                List.of(new Header("Host", "h"), new Header("Upgrade", "websocket")))).text();
        assertTrue(request.contains("GET /x HTTP/1.1\nHost: h\nUpgrade: websocket\n"), request);
        String response = render(new TimelineEvent.HandshakeResponse(404, "Not Found", List.of(new Header("Server", "nginx")))).text();
        assertTrue(response.contains("HTTP/1.1 404 Not Found\nServer: nginx\n"));
        String closed = render(new TimelineEvent.Closed(1006, "", ClosedBy.NETWORK)).text();
        assertTrue(closed.contains("Closed by network\nCode: 1006\nMeaning: Abnormal closure"), closed);
    }
}
