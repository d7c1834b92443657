package dev.wscope.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The session timeline's NDJSON, field by field, against CONTRACT.md. */
class EventJsonTest {
    /** Every line starts with these, in this order. */
    private static final List<String> COMMON = List.of("seq", "time", "kind");

    private static JsonObject json(TimelineEvent event) {
        String line = EventJson.line(new TimelineEntry(42, 1_795_356_000_123L, event));
        assertFalse(line.contains("\n"), "one line: " + line);
        return JsonParser.parseString(line).getAsJsonObject();
    }

    /** The contract's fields for the kind, then the extras Wscope adds (the contract allows extending). */
    private static void assertFields(TimelineEvent event, String kind, List<String> contract, List<String> extras) {
        JsonObject json = json(event);
        assertEquals(kind, json.get("kind").getAsString());
        assertEquals(COMMON, List.copyOf(json.keySet()).subList(0, 3), kind);
        Set<String> expected = new HashSet<>(COMMON);
        expected.addAll(contract);
        expected.addAll(extras);
        assertEquals(expected, json.keySet(), kind);
    }

    @Test
    void everyLine_startsWithSeqTimeAndKind() {
        JsonObject json = json(new TimelineEvent.Error("x"));
        assertEquals(42, json.get("seq").getAsLong());
        assertEquals("2026-11-22T14:00:00.123Z", json.get("time").getAsString());
        assertEquals("error", json.get("kind").getAsString());
    }

    @Test
    void connecting_hasUrl() {
        assertFields(new TimelineEvent.Connecting("ws://h/x"), "connecting", List.of("url"), List.of());
        assertEquals("ws://h/x", json(new TimelineEvent.Connecting("ws://h/x")).get("url").getAsString());
    }

    @Test
    void handshakeRequest_hasLineAndHeadersAsNameValuePairsInOrder() {
        TimelineEvent event = new TimelineEvent.HandshakeRequest("GET /x HTTP/1.1",
                List.of(new Header("Host", "h"), new Header("Cookie", "a=1; b=2"), new Header("Host", "again")));
        assertFields(event, "handshake-request", List.of("line", "headers"), List.of());
        JsonObject json = json(event);
        assertEquals("GET /x HTTP/1.1", json.get("line").getAsString());
        assertEquals("[[\"Host\",\"h\"],[\"Cookie\",\"a=1; b=2\"],[\"Host\",\"again\"]]", json.get("headers").toString());
    }

    @Test
    void handshakeResponse_hasStatusAndHeaders() {
        TimelineEvent event = new TimelineEvent.HandshakeResponse(101, "Switching Protocols",
                List.of(new Header("Upgrade", "websocket")));
        assertFields(event, "handshake-response", List.of("status", "headers"), List.of("reason"));
        JsonObject json = json(event);
        assertEquals(101, json.get("status").getAsInt());
        assertEquals("[[\"Upgrade\",\"websocket\"]]", json.get("headers").toString());
    }

    @Test
    void open_hasSubprotocolAndExtensions_nullWhenNoneWasAgreed() {
        assertFields(new TimelineEvent.Opened("graphql-ws", List.of()), "open", List.of("subprotocol", "extensions"), List.of());
        JsonObject none = json(new TimelineEvent.Opened(null, List.of("permessage-deflate")));
        assertTrue(none.get("subprotocol").isJsonNull());
        assertEquals("[\"permessage-deflate\"]", none.get("extensions").toString());
    }

    @Test
    void sentText_hasFormatSizeAndText_sizeInUtf8Bytes() {
        TimelineEvent event = TimelineEvent.Message.text(Direction.OUT, "h\u00e9llo <&>");
        assertFields(event, "sent", List.of("format", "size", "text"), List.of());
        JsonObject json = json(event);
        assertEquals("text", json.get("format").getAsString());
        assertEquals(10, json.get("size").getAsInt());
        assertEquals("h\u00e9llo <&>", json.get("text").getAsString());
        assertTrue(EventJson.line(new TimelineEntry(1, 0, event)).contains("<&>"), "no HTML escaping");
    }

    @Test
    void receivedBinary_hasFormatSizeAndBase64() {
        TimelineEvent event = TimelineEvent.Message.binary(Direction.IN, new byte[] {0x00, (byte) 0xff, 0x10});
        assertFields(event, "received", List.of("format", "size", "base64"), List.of());
        JsonObject json = json(event);
        assertEquals("binary", json.get("format").getAsString());
        assertEquals(3, json.get("size").getAsInt());
        assertEquals("AP8Q", json.get("base64").getAsString());
    }

    @Test
    void pingAndPong_haveDirectionAndBase64() {
        assertFields(TimelineEvent.Control.of(true, Direction.OUT, new byte[] {1}), "ping", List.of("direction", "base64"),
                List.of("size"));
        assertFields(TimelineEvent.Control.of(false, Direction.IN, new byte[0]), "pong", List.of("direction", "base64"),
                List.of("size"));
        JsonObject ping = json(TimelineEvent.Control.of(true, Direction.OUT, new byte[] {1}));
        assertEquals("out", ping.get("direction").getAsString());
        assertEquals("AQ==", ping.get("base64").getAsString());
        assertEquals("in", json(TimelineEvent.Control.of(false, Direction.IN, new byte[0])).get("direction").getAsString());
    }

    @Test
    void aPongAnsweringOurPing_hasRttMillis_toTheMicrosecond() {
        JsonObject json = json(TimelineEvent.Control.pongIn(new byte[] {1}, java.time.Duration.ofNanos(412_345_678)));
        assertEquals(412.346, json.get("rttMillis").getAsDouble());
        assertFields(TimelineEvent.Control.pongIn(new byte[] {1}, null), "pong", List.of("direction", "base64"),
                List.of("size"));
    }

    @Test
    void controlFrameWhosePayloadWasNotSeen_hasNullBase64AndItsSize() {
        JsonObject json = json(new TimelineEvent.Control(true, Direction.IN, null, 12));
        assertTrue(json.get("base64").isJsonNull());
        assertEquals(12, json.get("size").getAsInt());
    }

    @Test
    void error_hasMessage() {
        assertFields(new TimelineEvent.Error("boom"), "error", List.of("message"), List.of());
        assertEquals("boom", json(new TimelineEvent.Error("boom")).get("message").getAsString());
    }

    @Test
    void closed_hasCodeReasonAndBy() {
        TimelineEvent event = new TimelineEvent.Closed(1006, "", ClosedBy.NETWORK);
        assertFields(event, "closed", List.of("code", "reason", "by"), List.of("meaning"));
        JsonObject json = json(event);
        assertEquals(1006, json.get("code").getAsInt());
        assertEquals("", json.get("reason").getAsString());
        assertEquals("network", json.get("by").getAsString());
        assertEquals("client", json(new TimelineEvent.Closed(1000, "bye", ClosedBy.CLIENT)).get("by").getAsString());
        assertEquals("server", json(new TimelineEvent.Closed(1001, "", ClosedBy.SERVER)).get("by").getAsString());
    }

    @Test
    void time_alwaysHasMillisecondsAndZ() {
        assertEquals("1970-01-01T00:00:00.000Z", EventJson.time(0));
        assertEquals("1970-01-01T00:00:00.001Z", EventJson.time(1));
        assertEquals("1970-01-01T00:00:01.000Z", EventJson.time(1_000));
        assertEquals("2026-11-22T14:00:00.120Z", EventJson.time(1_795_356_000_120L));
        assertEquals("1969-12-31T23:59:59.999Z", EventJson.time(-1));
    }

    @Test
    void line_isTheCompactFormOfToJson() {
        TimelineEntry entry = new TimelineEntry(1, 0, new TimelineEvent.Connecting("ws://h/"));
        assertEquals("{\"seq\":1,\"time\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"connecting\",\"url\":\"ws://h/\"}",
                EventJson.line(entry));
        assertEquals(EventJson.toJson(entry).toString(), EventJson.line(entry));
    }
}
