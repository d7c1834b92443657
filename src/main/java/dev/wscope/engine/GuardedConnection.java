package dev.wscope.engine;

import jakarta.websocket.CloseReason;
import java.nio.ByteBuffer;
import org.glassfish.tyrus.spi.ClientEngine;
import org.glassfish.tyrus.spi.Connection;
import org.glassfish.tyrus.spi.ReadHandler;
import org.glassfish.tyrus.spi.Writer;

/**
 * Tyrus's connection with a FrameHeaderScanner in front of its reader: the frames before a refused one still
 * reach Tyrus, nothing after it does, and the refusal closes the session at once; the server's pings go to
 * Wscope instead of Tyrus. Thread contract: Grizzly calls
 * the reader on the connection's reading thread, one buffer at a time.
 */
record GuardedConnection(ReadHandler getReadHandler, Writer getWriter, CloseListener getCloseListener, Connection tyrus)
        implements Connection { // the components named after Connection's getters are its getters
    /** The upgrade as Tyrus made it, its connection guarded. */
    static ClientEngine.ClientUpgradeInfo guard(ClientEngine.ClientUpgradeInfo upgrade, FrameChecks checks) {
        return new ClientEngine.ClientUpgradeInfo() {
            @Override
            public ClientEngine.ClientUpgradeStatus getUpgradeStatus() {
                return upgrade.getUpgradeStatus();
            }

            @Override
            public Connection createConnection() {
                Connection connection = upgrade.createConnection();
                return new GuardedConnection(new GuardedReader(connection.getReadHandler(),
                        new FrameHeaderScanner(checks.limit()), checks), connection.getWriter(),
                        connection.getCloseListener(), connection);
            }
        };
    }

    @Override
    public void close(CloseReason reason) {
        tyrus.close(reason);
    }

    /** Tyrus's reader behind the scanner: it gets every byte but the pings, up to a refused frame. */
    private static final class GuardedReader implements ReadHandler, FrameHeaderScanner.Sink {
        private final ReadHandler tyrus;
        private final FrameHeaderScanner scanner;
        private final FrameChecks checks;

        GuardedReader(ReadHandler tyrus, FrameHeaderScanner scanner, FrameChecks checks) {
            this.tyrus = tyrus;
            this.scanner = scanner;
            this.checks = checks;
        }

        @Override
        public void handle(ByteBuffer data) {
            scanner.scan(data, this); // after a refused frame it passes nothing on
        }

        @Override
        public void pass(ByteBuffer bytes) {
            tyrus.handle(bytes); // Tyrus reads the frames in it (or keeps a part of one) before it returns
        }

        @Override
        public void ping(byte[] payload) {
            checks.controls().ping(payload);
        }

        @Override
        public void closeWithoutCode() {
            checks.controls().closeWithoutCode();
        }

        @Override
        public void refuse(CloseReason.CloseCode code, String message) {
            checks.refusal().refuse(code, message);
        }
    }
}
