package dev.wscope.server;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Just enough of Engine.IO 4 and Socket.IO for /flood?mode=socket.io, so that a Socket.IO flood can be compared
 * with a raw one on the same server: the open packet, the namespace's CONNECT answered, then the flood's events
 * ("tick" with a string argument, padded to the asked size) and a last "__END__" event. No heartbeat: the ping
 * interval is longer than any flood.
 */
final class SocketIoFlood {
    static final String MODE = "socket.io";

    private static final String OPEN = "0{\"sid\":\"flood\",\"upgrades\":[],\"pingInterval\":300000,\"pingTimeout\":20000,"
            + "\"maxPayload\":1000000}";
    private static final String TICK = "[\"tick\",\"";

    private SocketIoFlood() {
    }

    /**
     * Sends the open packet and waits for the client's CONNECT ("40", "40/ns," and its auth payload), answering it
     * in the same namespace: the namespace as events write it ("" for "/", "/ns," for another); empty when the
     * client closed first.
     */
    static Optional<String> connect(DataInputStream in, OutputStream out) throws IOException {
        send(out, OPEN);
        while (true) {
            Frame frame;
            try {
                frame = FrameIo.read(in);
            } catch (EOFException e) {
                return Optional.empty();
            }
            if (frame.opcode() == Frame.CLOSE) {
                return Optional.empty();
            }
            String text = frame.opcode() == Frame.TEXT ? new String(frame.payload(), StandardCharsets.UTF_8) : "";
            if (text.startsWith("40")) {
                int comma = text.startsWith("40/") ? text.indexOf(',') : -1;
                String namespace = comma < 0 ? "" : text.substring(2, comma + 1);
                send(out, "40" + namespace + "{\"sid\":\"flood\"}");
                return Optional.of(namespace);
            }
        }
    }

    /** An event in the namespace, of size bytes where it allows: 42["tick","xxx..."]. */
    static byte[] event(String namespace, int size) {
        String head = "42" + namespace + TICK;
        int padding = Math.max(0, size - head.length() - 2);
        return (head + "x".repeat(padding) + "\"]").getBytes(StandardCharsets.UTF_8);
    }

    /** The flood's last event, __END__. */
    static byte[] end(String namespace) {
        return ("42" + namespace + "[\"__END__\"]").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(OutputStream out, String text) throws IOException {
        FrameIo.write(out, Frame.TEXT, text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
