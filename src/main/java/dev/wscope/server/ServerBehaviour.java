package dev.wscope.server;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** What each path of the test server does once the connection is a WebSocket. */
final class ServerBehaviour {
    private static final int MAX_FLOOD = 50_000_000;
    /** As big as the biggest frame the server reads: enough to try a client's raised message limit. */
    private static final int MAX_FLOOD_SIZE = (int) FrameIo.MAX_FRAME_BYTES;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    ServerBehaviour(Socket socket, DataInputStream in, OutputStream out) {
        this.socket = socket;
        this.in = in;
        this.out = out;
    }

    void run(String path, HttpHead head, JsonObject seen) throws IOException {
        switch (path) {
            case "/mirror" -> {
                send(Frame.TEXT, seen.toString().getBytes(StandardCharsets.UTF_8));
                echo();
            }
            case "/flood" -> flood(head);
            case "/close" -> closeWith(intParam(head, "code", 1000, 1000, 4999), head.param("reason", ""));
            case "/drop" -> socket.close();
            default -> echo();
        }
    }

    /** Echoes every data message (fragments joined) in its own type; answers pings; returns on close. */
    private void echo() throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        int messageType = 0;
        while (true) {
            Frame frame;
            try {
                frame = FrameIo.read(in);
            } catch (EOFException e) {
                return;
            }
            switch (frame.opcode()) {
                case Frame.PING -> send(Frame.PONG, frame.payload());
                case Frame.PONG -> { }
                case Frame.CLOSE -> {
                    // Answer with the client's own code (RFC 6455 §5.5.1); no code in, none out.
                    byte[] payload = frame.payload();
                    send(Frame.CLOSE, payload.length >= 2 ? Arrays.copyOf(payload, 2) : new byte[0]);
                    return;
                }
                default -> {
                    if (frame.opcode() != Frame.CONTINUATION) {
                        messageType = frame.opcode();
                        message.reset();
                    }
                    message.write(frame.payload());
                    if (frame.fin()) {
                        send(messageType, message.toByteArray());
                    }
                }
            }
        }
    }

    /**
     * N messages of SIZE bytes as fast as the socket takes them, then "__END__", then close 1000. mode=socket.io:
     * Socket.IO events after the namespace's CONNECT (see SocketIoFlood).
     */
    private void flood(HttpHead head) throws IOException {
        int count = intParam(head, "n", 1000, 0, MAX_FLOOD);
        int size = intParam(head, "size", 100, 0, MAX_FLOOD_SIZE);
        String mode = head.param("mode", "text");
        FloodPayloads payloads;
        byte[] end;
        if (SocketIoFlood.MODE.equals(mode)) {
            Optional<String> namespace = SocketIoFlood.connect(in, out);
            if (namespace.isEmpty()) {
                return;
            }
            payloads = FloodPayloads.fixed(SocketIoFlood.event(namespace.get(), size));
            end = SocketIoFlood.end(namespace.get());
        } else {
            payloads = new FloodPayloads(mode, size);
            end = "__END__".getBytes(StandardCharsets.UTF_8);
        }
        int opcode = "binary".equals(mode) ? Frame.BINARY : Frame.TEXT;
        for (int i = 0; i < count; i++) {
            FrameIo.write(out, opcode, payloads.next(i));
        }
        send(Frame.TEXT, end);
        closeWith(1000, "");
    }

    /** Sends a close frame, then waits a little for the client's answer so the close is clean. */
    private void closeWith(int code, String reason) throws IOException {
        send(Frame.CLOSE, FrameIo.closePayload(code, reason));
        socket.setSoTimeout(5000);
        try {
            while (FrameIo.read(in).opcode() != Frame.CLOSE) {
                // drain until the client's close frame
            }
        } catch (EOFException | SocketTimeoutException e) {
            // the client went without answering; the socket closes anyway
        }
    }

    private void send(int opcode, byte[] payload) throws IOException {
        FrameIo.write(out, opcode, payload);
        out.flush();
    }

    private static int intParam(HttpHead head, String name, int fallback, int min, int max) {
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(head.param(name, String.valueOf(fallback)))));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
