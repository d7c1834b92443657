package dev.wscope.cli;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;

/**
 * A listening socket nobody should reach. The command runs to completion before the check, and a
 * connect() that returned has already put the connection in the accept queue, so a non-blocking accept
 * that finds nothing proves no connection was made, without any waiting.
 */
final class NoConnectionExpected implements AutoCloseable {
    private final ServerSocketChannel channel;

    NoConnectionExpected() throws IOException {
        channel = ServerSocketChannel.open();
        channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        channel.configureBlocking(false);
    }

    String url() throws IOException {
        return "ws://127.0.0.1:" + ((InetSocketAddress) channel.getLocalAddress()).getPort() + "/echo";
    }

    void assertNothingConnected() throws IOException {
        assertNull(channel.accept(), "the command connected although its input was bad");
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
