package dev.wscope.engine;

import static dev.wscope.engine.TimelineWait.await;
import static dev.wscope.engine.TimelineWait.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.KeyValue;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.Header;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The handshake as it really crosses the wire: /mirror reports what the server received. */
class HandshakeIT {
    @RegisterExtension
    final EngineFixture fixture = EngineFixture.perTest();

    private ConnectRequest mirrorRequest() {
        return new ConnectRequest(fixture.server.url("/mirror?probe=1"),
                List.of(KeyValue.of("X-Trace-Id", "abc-123"),
                        KeyValue.of("X-Multi", "first"),
                        KeyValue.of("X-Multi", "second"),
                        new KeyValue(false, "X-Disabled", "must not be sent"),
                        KeyValue.of("Authorization", "Bearer t0ken")),
                List.of(KeyValue.of("a", "1"), KeyValue.of("b", "2"), new KeyValue(false, "c", "3")),
                List.of("chat.v2", "chat.v1"),
                ConnectOptions.defaults());
    }

    @Test
    void headersCookiesAndSubprotocols_arriveAtTheServerAsSent() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        fixture.open(mirrorRequest(), timeline);

        TimelineEvent.Message mirror = await(timeline, TimelineEvent.Message.class, m -> m.direction() == Direction.IN);
        JsonObject seen = JsonParser.parseString(mirror.text()).getAsJsonObject();
        assertEquals("GET /mirror?probe=1 HTTP/1.1", seen.get("requestLine").getAsString());
        List<Header> received = headers(seen.getAsJsonArray("headers"));

        assertEquals(List.of("abc-123"), values(received, "X-Trace-Id"));
        assertEquals(List.of("Bearer t0ken"), values(received, "Authorization"));
        // Several values of one name go out on one line, joined with ", " (how Tyrus writes them).
        assertEquals(List.of("first, second"), values(received, "X-Multi"));
        assertEquals(List.of(), values(received, "X-Disabled"));
        // Cookies arrive as ONE header, pairs joined with "; ", disabled ones left out.
        assertEquals(List.of("a=1; b=2"), values(received, "Cookie"));
        assertEquals(List.of("chat.v2, chat.v1"), values(received, "Sec-WebSocket-Protocol"));
        assertEquals(List.of("13"), values(received, "Sec-WebSocket-Version"));
        assertEquals(List.of("127.0.0.1:" + fixture.server.port()), values(received, "Host"));
    }

    @Test
    void handshakeRequestEvent_listsTheHeadersTheServerReceived() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        fixture.open(mirrorRequest(), timeline);

        TimelineEvent.HandshakeRequest request = await(timeline, TimelineEvent.HandshakeRequest.class);
        assertEquals("GET /mirror?probe=1 HTTP/1.1", request.line());
        assertEquals(List.of("abc-123"), values(request.headers(), "X-Trace-Id"));
        assertEquals(List.of("first, second"), values(request.headers(), "X-Multi"));
        assertEquals(List.of("a=1; b=2"), values(request.headers(), "Cookie"));
        assertEquals(List.of("chat.v2, chat.v1"), values(request.headers(), "Sec-WebSocket-Protocol"));
        assertEquals(List.of(), values(request.headers(), "X-Disabled"));

        // What the timeline says went out is what the server says came in, header by header.
        TimelineEvent.Message mirror = await(timeline, TimelineEvent.Message.class, m -> m.direction() == Direction.IN);
        List<Header> received = headers(JsonParser.parseString(mirror.text()).getAsJsonObject().getAsJsonArray("headers"));
        for (Header sent : request.headers()) {
            assertEquals(List.of(sent.value()), values(received, sent.name()), "header " + sent.name());
        }
        for (Header arrived : received) {
            assertEquals(List.of(arrived.value()), values(request.headers(), arrived.name()),
                    "header " + arrived.name() + " reached the server but is not on the timeline");
        }
    }

    @Test
    void handshakeResponseEvent_is101WithTheRightAcceptKey_andOpenCarriesTheFirstOfferedSubprotocol() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        fixture.open(mirrorRequest(), timeline);

        TimelineEvent.HandshakeRequest request = await(timeline, TimelineEvent.HandshakeRequest.class);
        TimelineEvent.HandshakeResponse response = await(timeline, TimelineEvent.HandshakeResponse.class);
        assertEquals(101, response.status());
        String key = values(request.headers(), "Sec-WebSocket-Key").get(0);
        String expectedAccept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(List.of(expectedAccept), values(response.headers(), "Sec-WebSocket-Accept"));
        assertEquals(List.of("chat.v2"), values(response.headers(), "Sec-WebSocket-Protocol"));

        TimelineEvent.Opened open = await(timeline, TimelineEvent.Opened.class);
        assertEquals("chat.v2", open.subprotocol());
        assertEquals(List.of(), open.extensions());

        List<String> order = timeline.all().stream().map(e -> e.event().kind()).toList();
        assertEquals(List.of("connecting", "handshake-request", "handshake-response", "open"), order.subList(0, 4));
    }

    @Test
    void noSubprotocolOffered_openEventHasNone() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        fixture.open("/echo", timeline);

        TimelineEvent.Opened open = await(timeline, TimelineEvent.Opened.class);
        assertEquals(null, open.subprotocol());
        TimelineEvent.HandshakeRequest request = await(timeline, TimelineEvent.HandshakeRequest.class);
        assertEquals(List.of(), values(request.headers(), "Sec-WebSocket-Protocol"));
        assertEquals(List.of(), values(request.headers(), "Cookie"));
    }

    @Test
    void userHeader_replacesTyrusOwnHeaderOfTheSameName() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        ConnectRequest request = new ConnectRequest(fixture.server.url("/mirror"),
                List.of(KeyValue.of("origin", "https://app.example")), List.of(), List.of(), ConnectOptions.defaults());
        fixture.open(request, timeline);

        TimelineEvent.Message mirror = await(timeline, TimelineEvent.Message.class, m -> m.direction() == Direction.IN);
        List<Header> received = headers(JsonParser.parseString(mirror.text()).getAsJsonObject().getAsJsonArray("headers"));
        assertEquals(List.of("https://app.example"), values(received, "Origin"));
        assertNotNull(events(timeline, TimelineEvent.Opened.class).get(0));
    }

    @Test
    void userHeaders_reachTheServerInTheOrderGiven_asTheTimelineSays() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        ConnectRequest request = new ConnectRequest(fixture.server.url("/mirror"),
                List.of(KeyValue.of("X-Zeta", "1"), KeyValue.of("X-Alpha", "2"), KeyValue.of("X-Mid", "3")),
                List.of(KeyValue.of("a", "1")), List.of(), ConnectOptions.defaults().withOrigin("https://app.example"));
        fixture.open(request, timeline);

        TimelineEvent.Message mirror = await(timeline, TimelineEvent.Message.class, m -> m.direction() == Direction.IN);
        List<String> received = headers(JsonParser.parseString(mirror.text()).getAsJsonObject().getAsJsonArray("headers"))
                .stream().map(Header::name).toList();
        List<String> given = List.of("X-Zeta", "X-Alpha", "X-Mid", "Cookie", "Origin");
        assertEquals(given, received.stream().filter(given::contains).toList(), "in the order given: " + received);
        List<String> recorded = await(timeline, TimelineEvent.HandshakeRequest.class).headers().stream()
                .map(Header::name).toList();
        assertEquals(received, recorded, "the timeline lists the headers in the order they went out");
    }

    static List<Header> headers(JsonArray pairs) {
        List<Header> headers = new ArrayList<>();
        for (JsonElement pair : pairs) {
            JsonArray nameValue = pair.getAsJsonArray();
            headers.add(new Header(nameValue.get(0).getAsString(), nameValue.get(1).getAsString()));
        }
        assertTrue(headers.size() > 0, "the server saw no headers at all");
        return headers;
    }

    /** Every value of one header name (matched without case), one entry per header line. */
    static List<String> values(List<Header> headers, String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).toList();
    }
}
