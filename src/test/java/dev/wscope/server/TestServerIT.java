package dev.wscope.server;

import static dev.wscope.engine.TimelineWait.await;
import static dev.wscope.engine.TimelineWait.events;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.engine.EngineFixture;
import dev.wscope.engine.LiveConnection;
import dev.wscope.engine.LoopbackOnly;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The local test server behind `wscope serve`, over real loopback sockets. */
class TestServerIT {
    @RegisterExtension
    final EngineFixture fixture = EngineFixture.perTest();
    private final TestServer server = fixture.server;

    /** One raw HTTP exchange: the request goes out as written, the answer is read to the end of the body. */
    private record HttpAnswer(String statusLine, List<String[]> headers, String body) {
        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        String header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
        }
    }

    private HttpAnswer exchange(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readAnswer(socket.getInputStream());
        }
    }

    private static HttpAnswer readAnswer(InputStream in) throws IOException {
        String[] lines = readHead(in).split("\r\n");
        List<String[]> headers = new ArrayList<>();
        int length = 0;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String[] header = {lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()};
            headers.add(header);
            if (header[0].equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(header[1]);
            }
        }
        byte[] body = new DataInputStream(in).readNBytes(length);
        return new HttpAnswer(lines[0], headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed before the end of its headers: " + head);
            }
            head.write(b);
            last4 = last4 << 8 | b;
        }
        return head.toString(StandardCharsets.ISO_8859_1).strip();
    }

    private String host() {
        return "127.0.0.1:" + server.port();
    }

    @Test
    void plainGetToEcho_answers426WithTheRequestLineAndHeadersItSaw() throws Exception {
        HttpAnswer answer = exchange("GET /echo?x=1 HTTP/1.1\r\nHost: " + host() + "\r\nx-lower-case: a\r\n"
                + "X-Probe: 42\r\nX-Probe: 43\r\nAccept: */*\r\n\r\n");

        assertEquals(426, answer.status());
        assertEquals("HTTP/1.1 426 Upgrade Required", answer.statusLine());
        assertEquals("websocket", answer.header("Upgrade"));
        assertEquals("13", answer.header("Sec-WebSocket-Version"));
        assertTrue(answer.header("Content-Type").startsWith("application/json"));
        JsonObject seen = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertEquals("GET /echo?x=1 HTTP/1.1", seen.get("requestLine").getAsString());
        // Names as written, in order, repeated headers kept apart.
        assertEquals(List.of(List.of("Host", host()), List.of("x-lower-case", "a"), List.of("X-Probe", "42"),
                List.of("X-Probe", "43"), List.of("Accept", "*/*")), pairs(seen.getAsJsonArray("headers")));
        assertTrue(seen.get("note").getAsString().contains("Upgrade: websocket"), seen.get("note").getAsString());
    }

    @Test
    void plainGetToMirror_answers426Too() throws Exception {
        HttpAnswer answer = exchange("GET /mirror HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");

        assertEquals(426, answer.status());
        assertEquals("GET /mirror HTTP/1.1",
                JsonParser.parseString(answer.body()).getAsJsonObject().get("requestLine").getAsString());
    }

    @Test
    void javaHttpClientGet_answers426WithAJsonBody() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://" + host() + "/echo")).header("X-From", "httpclient")
                        .timeout(Duration.ofSeconds(10)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertEquals(426, response.statusCode());
        JsonObject seen = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals("GET /echo HTTP/1.1", seen.get("requestLine").getAsString());
        assertTrue(pairs(seen.getAsJsonArray("headers")).contains(List.of("X-From", "httpclient")), response.body());
    }

    @Test
    void unknownPath_answers404_withOrWithoutUpgrade() throws Exception {
        HttpAnswer plain = exchange("GET /nowhere HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
        assertEquals(404, plain.status());
        assertTrue(plain.body().contains("/echo"), "the 404 names the paths there are: " + plain.body());

        HttpAnswer upgrade = exchange(upgradeRequest("/nowhere", key(), "13"));
        assertEquals(404, upgrade.status());
    }

    @Test
    void statusPath_answersTheAskedStatus_and401CarriesWwwAuthenticate() throws Exception {
        HttpAnswer unauthorized = exchange(upgradeRequest("/status/401", key(), "13"));
        assertEquals("HTTP/1.1 401 Unauthorized", unauthorized.statusLine());
        assertEquals("Bearer realm=\"wscope\"", unauthorized.header("WWW-Authenticate"));

        assertEquals(503, exchange(upgradeRequest("/status/503", key(), "13")).status());
        assertEquals(400, exchange(upgradeRequest("/status/abc", key(), "13")).status());
        assertEquals(400, exchange(upgradeRequest("/status/999", key(), "13")).status());
    }

    @Test
    void upgradeWithoutAValidKey_answers400_andWrongVersion_answers426Naming13() throws Exception {
        assertEquals(400, exchange(upgradeRequest("/echo", "short", "13")).status());
        HttpAnswer wrongVersion = exchange(upgradeRequest("/echo", key(), "8"));
        assertEquals(426, wrongVersion.status());
        assertEquals("13", wrongVersion.header("Sec-WebSocket-Version"));
    }

    @Test
    void bindsOnlyTheHostAsked() throws Exception {
        assertEquals("127.0.0.1", server.host());
        assertEquals("ws://127.0.0.1:" + server.port() + "/echo", server.url("/echo"));
        assertTrue(LoopbackOnly.refusesOn127002(server.port()), "the server answers on 127.0.0.2 as well");
    }

    @Test
    void floodJson_deliversAllMessagesInOrder_thenEnd_thenClose1000() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/flood?n=1000&size=100&mode=json", timeline);

        TimelineEvent.Closed closed = connection.closed().get(30, TimeUnit.SECONDS);

        assertEquals(1000, closed.code());
        assertEquals(ClosedBy.SERVER, closed.by());
        List<TimelineEvent.Message> received = events(timeline, TimelineEvent.Message.class,
                m -> m.direction() == Direction.IN);
        assertEquals(1001, received.size());
        for (int i = 0; i < 1000; i++) {
            TimelineEvent.Message message = received.get(i);
            assertFalse(message.binary());
            assertEquals(100, message.payload().length, "message " + i);
            assertEquals(i, JsonParser.parseString(message.text()).getAsJsonObject().get("seq").getAsInt());
        }
        assertEquals("__END__", received.get(1000).text());
        List<String> tail = timeline.all().stream().map(e -> e.event().kind()).toList();
        assertEquals("closed", tail.get(tail.size() - 1), "nothing after the close");
    }

    @Test
    void floodBinary_deliversCountingBytes() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/flood?n=5&size=300&mode=binary", timeline);

        assertEquals(1000, connection.closed().get(30, TimeUnit.SECONDS).code());
        List<TimelineEvent.Message> received = events(timeline, TimelineEvent.Message.class,
                m -> m.direction() == Direction.IN);
        byte[] expected = new byte[300];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) i;
        }
        assertEquals(6, received.size());
        for (int i = 0; i < 5; i++) {
            assertTrue(received.get(i).binary());
            assertArrayEquals(expected, received.get(i).payload());
        }
        assertEquals("__END__", received.get(5).text());
    }

    @Test
    void fragmentedMessage_isEchoedAsOneMessage_andPingIsAnsweredWithItsPayload() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(upgradeRequest("/echo", key(), "13").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            assertTrue(readHead(in).startsWith("HTTP/1.1 101 "));

            writeMaskedFrame(out, false, 0x1, "héllo, ".getBytes(StandardCharsets.UTF_8));
            writeMaskedFrame(out, false, 0x9, "mid".getBytes(StandardCharsets.UTF_8)); // a ping between fragments
            writeMaskedFrame(out, true, 0x0, "wörld".getBytes(StandardCharsets.UTF_8));

            DataInputStream frames = new DataInputStream(in);
            Frame pong = FrameIo.read(frames);
            assertEquals(Frame.PONG, pong.opcode());
            assertEquals("mid", new String(pong.payload(), StandardCharsets.UTF_8));
            Frame echoed = FrameIo.read(frames);
            assertEquals(Frame.TEXT, echoed.opcode());
            assertTrue(echoed.fin());
            assertEquals("héllo, wörld", new String(echoed.payload(), StandardCharsets.UTF_8));

            writeMaskedFrame(out, true, 0x8, new byte[] {0x0f, (byte) 0xa1, 'x'}); // close 4001 "x"
            Frame close = FrameIo.read(frames);
            assertEquals(Frame.CLOSE, close.opcode());
            assertArrayEquals(new byte[] {0x0f, (byte) 0xa1}, close.payload(), "answers with the client's own code");
        }
    }

    @Test
    void closingTheServer_dropsOpenConnections_andStopsListening() throws Exception {
        SessionTimeline timeline = new SessionTimeline();
        LiveConnection connection = fixture.open("/echo", timeline);
        int port = server.port();

        server.close();

        TimelineEvent.Closed closed = await(timeline, TimelineEvent.Closed.class);
        assertEquals(1006, closed.code());
        assertEquals(ClosedBy.NETWORK, closed.by());
        assertFalse(connection.isOpen());
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            }
        });
    }

    private static String key() {
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        return Base64.getEncoder().encodeToString(nonce);
    }

    private String upgradeRequest(String path, String key, String version) {
        return "GET " + path + " HTTP/1.1\r\nHost: " + host() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: " + version + "\r\n\r\n";
    }

    private static void writeMaskedFrame(OutputStream out, boolean fin, int opcode, byte[] payload) throws IOException {
        byte[] mask = {0x11, 0x22, 0x33, 0x44};
        out.write((fin ? 0x80 : 0) | opcode);
        out.write(0x80 | payload.length); // the tests send under 126 bytes
        out.write(mask);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ mask[i & 3]);
        }
        out.flush();
    }

    private static List<List<String>> pairs(JsonArray headers) {
        List<List<String>> pairs = new ArrayList<>();
        headers.forEach(pair -> pairs.add(List.of(pair.getAsJsonArray().get(0).getAsString(),
                pair.getAsJsonArray().get(1).getAsString())));
        return pairs;
    }
}
