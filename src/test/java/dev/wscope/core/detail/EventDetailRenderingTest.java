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

class EventDetailRenderingTest {
    private static DetailDocument document(TimelineEvent event) {
        return EventDetail.render(new TimelineEntry(7, 1_795_356_000_123L, event));
    }

    private static DetailText render(TimelineEvent event) {
        DetailDocument document = document(event);
        assertEquals(1, document.pageCount(), "a small event is one page");
        assertEquals(document.wholeText(), document.page(0).text(), "and that page is the whole text");
        return document.page(0);
    }

    private static TimelineEvent received(String text) {
        return TimelineEvent.Message.text(Direction.IN, text);
    }

    @Test
    void jsonMessage_isPrettyPrintedAsJson_numbersAsWritten() {
        DetailText detail = render(received("{\"a\":[1.50,{\"b\":null}],\"a\":2}"));
        assertEquals(Language.JSON, detail.language());
        assertEquals("{\n  \"a\": [\n    1.50,\n    {\n      \"b\": null\n    }\n  ],\n  \"a\": 2\n}", detail.text());
    }

    @Test
    void textThatOnlyLooksLikeJson_isShownAsItIs() {
        DetailText detail = render(received("[INFO] started {port: 80}"));
        assertEquals(Language.PLAIN, detail.language());
        assertEquals("[INFO] started {port: 80}", detail.text());
    }

    @Test
    void xmlMessage_isIndentedAsXml() {
        DetailText detail = render(received("<?xml version=\"1.0\"?><msg to=\"a\"><body>hi <b>there</b></body></msg>"));
        assertEquals(Language.XML, detail.language());
        assertEquals("<?xml version=\"1.0\"?>\n<msg to=\"a\">\n  <body>hi <b>there</b></body>\n</msg>", detail.text());
    }

    @Test
    void markupThatIsNotWellFormed_isShownAsItIsButColouredAsMarkup() {
        DetailText detail = render(received("<p>unclosed<br>"));
        assertEquals(Language.XML, detail.language());
        assertEquals("<p>unclosed<br>", detail.text());
    }

    @Test
    void plainText_isShownExactly() {
        assertEquals(new DetailText("  hello\n  world ", Language.PLAIN), render(received("  hello\n  world ")));
    }

    @Test
    void binaryMessage_hasHexDumpThenBase64ThenUtf8Sections() {
        String text = render(TimelineEvent.Message.binary(Direction.OUT, new byte[] {'h', 'i', 0, (byte) 0xff})).text();
        assertEquals("4 bytes\n\n"
                + "Hex dump\n00000000  68 69 00 ff                                       |hi..|\n\n"
                + "Base64\naGkA/w==\n\n"
                + "UTF-8\nhi\u0000\ufffd\n", text);
        assertEquals(Language.PLAIN, render(TimelineEvent.Message.binary(Direction.OUT, new byte[1])).language());
    }

    @Test
    void emptyBinaryMessage_stillHasItsSections() {
        String text = render(TimelineEvent.Message.binary(Direction.IN, new byte[0])).text();
        assertTrue(text.startsWith("0 bytes\n\nHex dump\n"), text);
        assertTrue(text.contains("Base64\n\n"));
    }

    @Test
    void messages_showOnlyTheirPayload_soCopyCopiesWhatCrossedTheWire() {
        assertEquals("hello", render(received("hello")).text());
    }

    @Test
    void otherEvents_startWithSeqKindAndTime() {
        String text = render(new TimelineEvent.Error("boom")).text();
        assertEquals("#7  error  2026-11-22T14:00:00.123Z\n\nboom\n", text);
    }

    @Test
    void handshakeRequest_showsRequestLineThenHeadersInOrder() {
        String text = render(new TimelineEvent.HandshakeRequest("GET /chat?x=1 HTTP/1.1", List.of(new Header("Host", "h:8080"),
                new Header("Upgrade", "websocket"), new Header("Sec-WebSocket-Version", "13")))).text();
        assertTrue(text.endsWith("\n\nGET /chat?x=1 HTTP/1.1\nHost: h:8080\nUpgrade: websocket\nSec-WebSocket-Version: 13\n"),
                text);
        assertTrue(text.startsWith("#7  handshake-request  "));
    }

    @Test
    void handshakeResponse_showsStatusLineThenHeaders() {
        String text = render(new TimelineEvent.HandshakeResponse(101, "Switching Protocols",
                List.of(new Header("Upgrade", "websocket")))).text();
        assertTrue(text.endsWith("\n\nHTTP/1.1 101 Switching Protocols\nUpgrade: websocket\n"), text);
    }

    @Test
    void handshakeResponseWithoutReason_hasNoTrailingSpaceOrNull() {
        assertTrue(render(new TimelineEvent.HandshakeResponse(101, "", List.of())).text().endsWith("\n\nHTTP/1.1 101\n"));
        assertTrue(render(new TimelineEvent.HandshakeResponse(101, null, List.of())).text().endsWith("\n\nHTTP/1.1 101\n"));
    }

    @Test
    void closed_showsWhoCodeMeaningAndReason() {
        String text = render(new TimelineEvent.Closed(1011, "overloaded", ClosedBy.SERVER)).text();
        assertTrue(text.endsWith("\n\nClosed by server\nCode: 1011\nMeaning: Internal error: the server met an unexpected"
                + " condition\nReason: overloaded\n"), text);
        String network = render(new TimelineEvent.Closed(1006, "", ClosedBy.NETWORK)).text();
        assertTrue(network.contains("Code: 1006\nMeaning: Abnormal closure"), network);
        assertTrue(network.endsWith("Reason: (none)\n"));
    }

    @Test
    void open_showsSubprotocolAndExtensionsOrNone() {
        assertTrue(render(new TimelineEvent.Opened(null, List.of())).text()
                .endsWith("Connection open\nSubprotocol: (none)\nExtensions: (none)\n"));
        assertTrue(render(new TimelineEvent.Opened("mqtt", List.of("permessage-deflate", "x"))).text()
                .endsWith("Subprotocol: mqtt\nExtensions: permessage-deflate, x\n"));
    }

    @Test
    void connecting_namesTheAddress() {
        assertTrue(render(new TimelineEvent.Connecting("wss://h/x")).text().endsWith("\n\nConnecting to wss://h/x\n"));
    }

    @Test
    void pingWithPayload_showsItsDirectionAndBytes() {
        String text = render(TimelineEvent.Control.of(true, Direction.IN, new byte[] {'o', 'k'})).text();
        assertTrue(text.contains("\n\nReceived ping from the server\n2 bytes\n\nHex dump\n00000000  6f 6b"), text);
        assertTrue(text.contains("Base64\nb2s=\n"));
        assertTrue(render(TimelineEvent.Control.of(false, Direction.OUT, new byte[0])).text()
                .contains("Sent pong to the server\nWscope's automatic answer to the server's ping before it (off in"
                        + " Settings: Answer the server's pings)\n0 bytes"));
    }

    @Test
    void pongAnsweringOurPing_showsTheRoundTrip() {
        String text = render(TimelineEvent.Control.pongIn(new byte[] {'o', 'k'}, java.time.Duration.ofNanos(412_345)))
                .text();
        assertTrue(text.contains("Received pong from the server\nRound trip: 0.412 ms (since Wscope's ping with this"
                + " payload went out)\n2 bytes"), text);
    }

    @Test
    void pongWhosePayloadWasNotRecorded_saysSo() {
        String text = render(new TimelineEvent.Control(false, Direction.IN, null, 9)).text();
        assertTrue(text.endsWith("Received pong from the server\n9 bytes, not recorded\n"), text);
    }
}
