package dev.wscope.engine;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Shows a listener is bound to 127.0.0.1 alone: 127.0.0.2 is loopback too, but a socket bound to .1 is not there. */
public final class LoopbackOnly {
    private LoopbackOnly() {
    }

    /** True when connecting to 127.0.0.2 on that port is refused (false when something accepts it). */
    public static boolean refusesOn127002(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 2}), port), 2000);
            return false;
        } catch (ConnectException refused) {
            return true;
        }
    }
}
