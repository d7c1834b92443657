package dev.wscope.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;

/**
 * Wscope's local test server (`wscope serve`). Pure JDK sockets rather than Tyrus's standalone server,
 * because it must bind only the host asked for, show the handshake exactly as it arrived (names, case and
 * order), and answer plain GETs with what it saw. Thread contract: one accept thread, one thread a
 * connection; start and stop from any thread.
 */
public final class TestServer implements AutoCloseable {
    private final ServerSocket listener;
    private final boolean secure;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    private TestServer(ServerSocket listener, boolean secure) {
        this.listener = listener;
        this.secure = secure;
        this.acceptor = new Thread(this::acceptLoop, "wscope-serve-accept");
        this.acceptor.setDaemon(true);
    }

    /** Binds host:port (port 0 picks a free one) and starts answering. */
    public static TestServer start(String host, int port) throws IOException {
        return start(host, port, null);
    }

    /** The same, speaking TLS (wss://) with the context's certificate when tls is not null. */
    public static TestServer start(String host, int port, SSLContext tls) throws IOException {
        return start(host, port, tls, false);
    }

    /** With TLS, optionally refusing clients that show no certificate the context trusts. */
    public static TestServer start(String host, int port, SSLContext tls, boolean needClientCertificate)
            throws IOException {
        ServerSocket socket = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        if (socket instanceof javax.net.ssl.SSLServerSocket secure) {
            secure.setNeedClientAuth(needClientCertificate);
        }
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName(host), port), 128);
        TestServer server = new TestServer(socket, tls != null);
        server.acceptor.start();
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String host() {
        return listener.getInetAddress().getHostAddress();
    }

    /** The ws:// address of a path on this server, e.g. "/echo". */
    public String url(String path) {
        String host = host().contains(":") ? "[" + host() + "]" : host();
        return (secure ? "wss://" : "ws://") + host + ":" + port() + path;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                open.add(socket);
                Thread worker = new Thread(() -> serve(socket), "wscope-serve-" + socket.getPort());
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                // the listener was closed by stop(), or accept failed for one client: keep serving
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            new ServerConnection(socket).run();
        } catch (IOException e) {
            // the client went away; nothing to report to anyone
        } finally {
            open.remove(socket);
        }
    }

    /** Stops listening and drops every open connection. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
