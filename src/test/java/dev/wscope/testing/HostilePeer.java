package dev.wscope.testing;

import dev.wscope.core.http.AcceptKey;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket server on 127.0.0.1 that misbehaves on purpose: it reads the upgrade request, then its script
 * writes exactly the bytes a test wants (a proper 101 from {@link #switching}, then bad frames, or a 101
 * trickled a byte at a time). Afterwards it reads what the client sends and keeps the code of its close frame.
 */
public final class HostilePeer implements AutoCloseable {
    /** What the peer writes once it has read the request head. */
    public interface Script {
        void play(String requestHead, OutputStream out) throws IOException, InterruptedException;
    }


    private final CompletableFuture<Integer> clientClose = new CompletableFuture<>();
    private final LoopbackAcceptor acceptor;

    public HostilePeer(Script script) throws IOException {
        acceptor = new LoopbackAcceptor("hostile-peer", socket -> {
            script.play(ScriptedHttpServer.readHead(socket.getInputStream()), socket.getOutputStream());
            socket.getOutputStream().flush();
            clientClose.complete(readCloseCode(socket.getInputStream()));
        });
    }

    public String url(String scheme) {
        return scheme + "://127.0.0.1:" + acceptor.port() + "/";
    }

    /** The code of the close frame the client sent (-1 when it closed the socket without one), waiting up to the timeout. */
    public int clientCloseCode(Duration timeout) throws Exception {
        return clientClose.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A correct 101 answer to the request head, with extra header lines ("Name: value\r\n" each) before its end. */
    public static byte[] switching(String requestHead, String extraHeaders) {
        String accept = AcceptKey.of(ScriptedHttpServer.header(requestHead, "Sec-WebSocket-Key"));
        return ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept + "\r\n" + extraHeaders + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A frame header: first byte as given (FIN, RSV, opcode), the announced length, masked with a zero key if asked. */
    public static byte[] header(int firstByte, long announced, boolean masked) {
        int lengthBytes = announced <= 125 ? 0 : announced <= 0xFFFF ? 2 : 8;
        byte[] header = new byte[2 + lengthBytes + (masked ? 4 : 0)];
        header[0] = (byte) firstByte;
        int code = lengthBytes == 0 ? (int) announced : lengthBytes == 2 ? 126 : 127;
        header[1] = (byte) ((masked ? 0x80 : 0) | code);
        for (int i = 0; i < lengthBytes; i++) {
            header[2 + i] = (byte) (announced >>> (8 * (lengthBytes - 1 - i)));
        }
        return header; // a zero masking key leaves the payload as it is
    }

    /** Reads the client's frames until its close frame; its code, or -1 when the socket ends first. */
    private static int readCloseCode(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        try {
            while (true) {
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] mask = new byte[4];
                if ((second & 0x80) != 0) {
                    in.readFully(mask);
                }
                byte[] payload = new byte[(int) length];
                in.readFully(payload);
                if ((first & 0x0f) == 0x8) {
                    return length < 2 ? 1005 : ((payload[0] ^ mask[0]) & 0xff) << 8 | ((payload[1] ^ mask[1]) & 0xff);
                }
            }
        } catch (IOException e) {
            return -1; // the socket ended (or was reset) before a close frame
        }
    }

    @Override
    public void close() throws IOException {
        acceptor.close();
    }
}
