package dev.wscope.server;

import dev.wscope.core.http.AcceptKey;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import dev.wscope.core.timeline.EventJson;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/** One client of the test server: the HTTP upgrade, then the behaviour of the path it asked for. */
final class ServerConnection {
    private static final Set<String> PATHS = Set.of("/echo", "/mirror", "/flood", "/close", "/drop");
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    ServerConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 65536));
        this.out = new BufferedOutputStream(socket.getOutputStream(), 65536);
    }

    void run() throws IOException {
        HttpHead head = HttpHead.read(in);
        if (head == null) {
            return;
        }
        String path = head.path();
        if (path.startsWith("/status/")) {
            answerStatus(head, path.substring("/status/".length()));
            return;
        }
        if (!PATHS.contains(path)) {
            answer(404, "Not Found", head, "No such path. This server answers /echo, /mirror, /flood, /close, /drop"
                    + " and /status/CODE.");
            return;
        }
        if (!head.headerHasToken("upgrade", "websocket") || !head.headerHasToken("connection", "upgrade")) {
            answer(426, "Upgrade Required", head, "This path speaks WebSocket, but the request did not ask to upgrade:"
                    + " it needs 'Upgrade: websocket' and 'Connection: Upgrade'. A proxy in between may have dropped them.");
            return;
        }
        String key = head.header("sec-websocket-key");
        if (key == null || decodedLength(key) != 16) {
            answer(400, "Bad Request", head, "Sec-WebSocket-Key is missing or is not 16 bytes in Base64.");
            return;
        }
        if (!"13".equals(head.header("sec-websocket-version"))) {
            answer(426, "Upgrade Required", head, "This server speaks WebSocket version 13 only.");
            return;
        }
        switchProtocols(head, key);
        new ServerBehaviour(socket, in, out).run(path, head, seenJson(head, null));
    }

    private void switchProtocols(HttpHead head, String key) throws IOException {
        StringBuilder response = new StringBuilder("HTTP/1.1 101 Switching Protocols\r\n")
                .append("Upgrade: websocket\r\nConnection: Upgrade\r\n")
                .append("Sec-WebSocket-Accept: ").append(AcceptKey.of(key)).append("\r\n");
        String offered = head.header("sec-websocket-protocol");
        if (offered != null && !offered.isBlank()) {
            // The echo server takes the client's first choice, so negotiation can be seen working.
            response.append("Sec-WebSocket-Protocol: ").append(offered.split(",")[0].strip()).append("\r\n");
        }
        out.write(response.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private void answerStatus(HttpHead head, String code) throws IOException {
        int status;
        try {
            status = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            status = 400;
        }
        if (status < 200 || status > 599) {
            status = 400;
        }
        answer(status, Reasons.phrase(status), head, "Answered " + status + " because the path asked for it.");
    }

    /** An HTTP answer whose JSON body shows the request line and headers as they arrived. */
    private void answer(int status, String reason, HttpHead head, String note) throws IOException {
        byte[] body = GSON.toJson(seenJson(head, note)).getBytes(StandardCharsets.UTF_8);
        StringBuilder response = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n")
                .append("Server: wscope-serve\r\n")
                .append("Content-Type: application/json; charset=utf-8\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n");
        if (status == 426) {
            response.append("Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n");
        }
        if (status == 401) {
            response.append("WWW-Authenticate: Bearer realm=\"wscope\"\r\n");
        }
        out.write(response.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    static JsonObject seenJson(HttpHead head, String note) {
        JsonObject seen = new JsonObject();
        seen.addProperty("requestLine", head.requestLine());
        seen.add("headers", EventJson.headers(head.headers()));
        if (note != null) {
            seen.addProperty("note", note);
        }
        return seen;
    }

    private static int decodedLength(String key) {
        try {
            return Base64.getDecoder().decode(key.strip()).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
