package dev.wscope.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP CONNECT proxy on 127.0.0.1 for tests: checks basic credentials when given, tunnels only to
 * loopback targets, and counts the tunnels it opened.
 */
public final class ConnectProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final String expectedAuthorization;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger tunnels = new AtomicInteger();

    /** expectedAuthorization is the whole Proxy-Authorization value, or null to let anyone through. */
    public ConnectProxy(String expectedAuthorization) throws IOException {
        this.expectedAuthorization = expectedAuthorization;
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "test-connect-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    public int tunnels() {
        return tunnels.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                sockets.add(client);
                Thread handler = new Thread(() -> handle(client), "test-connect-proxy-client");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                // closed by the test
            }
        }
    }

    private void handle(Socket client) {
        try {
            String head = ScriptedHttpServer.readHead(client.getInputStream());
            String[] line = head.split("\r\n")[0].split(" ");
            OutputStream out = client.getOutputStream();
            if (!line[0].equals("CONNECT")) {
                out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                client.close();
                return;
            }
            if (expectedAuthorization != null && !expectedAuthorization.equals(ScriptedHttpServer.header(head, "Proxy-Authorization"))) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                        + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                client.close();
                return;
            }
            String authority = line[1];
            int colon = authority.lastIndexOf(':');
            String host = authority.substring(0, colon).replace("[", "").replace("]", "");
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                client.close();
                return;
            }
            Socket upstream = new Socket(host, Integer.parseInt(authority.substring(colon + 1)));
            sockets.add(upstream);
            tunnels.incrementAndGet();
            out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            pipe(upstream.getInputStream(), out);
            pipe(client.getInputStream(), upstream.getOutputStream());
        } catch (IOException e) {
            // a side went away
        }
    }

    private static void pipe(InputStream from, OutputStream to) {
        Thread thread = new Thread(() -> {
            try {
                from.transferTo(to);
            } catch (IOException e) {
                // a side went away
            } finally {
                try {
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "test-connect-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
