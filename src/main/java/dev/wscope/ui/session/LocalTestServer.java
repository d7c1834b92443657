package dev.wscope.ui.session;

import dev.wscope.server.TestServer;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own test server, started on demand: connecting to ws://127.0.0.1:PORT/... (or localhost)
 * starts it first when nothing listens there yet, so the default request works with no internet.
 * Thread contract: methods are synchronized; ensureRunningFor blocks briefly and runs off the FX thread.
 */
public final class LocalTestServer implements Consumer<URI>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalTestServer.class);
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost");

    private final int port;
    private TestServer server;

    public LocalTestServer(int port) {
        this.port = port;
    }

    /** The address of the echo path, the default request's URL. */
    public String echoUrl() {
        return "ws://127.0.0.1:" + port + "/echo";
    }

    @Override
    public synchronized void accept(URI target) {
        boolean ours = "ws".equals(target.getScheme()) && LOOPBACK_NAMES.contains(target.getHost())
                && target.getPort() == port;
        if (!ours || server != null) {
            return;
        }
        try {
            server = TestServer.start("127.0.0.1", port);
        } catch (IOException portTaken) {
            // Something (another Wscope, or `wscope serve`) already listens there: connect to it as it is.
            LOG.info("the built-in test server's port is taken; using what listens there", portTaken);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
