package dev.wscope.engine;

import jakarta.websocket.CloseReason;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.glassfish.tyrus.spi.ClientEngine;
import org.glassfish.tyrus.spi.Connection;
import org.glassfish.tyrus.spi.ReadHandler;
import org.glassfish.tyrus.spi.Writer;

/**
 * Tyrus's connection with a FrameHeaderScanner in front of its reader: the frames before a refused one still
 * reach Tyrus, nothing after it does, and the refusal closes the session at once. Thread contract: Grizzly calls
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
                        new FrameHeaderScanner(checks.limit()), checks.refusal()), connection.getWriter(),
                        connection.getCloseListener(), connection);
            }
        };
    }

    @Override
    public void close(CloseReason reason) {
        tyrus.close(reason);
    }

    private static final class GuardedReader implements ReadHandler {
        private final ReadHandler tyrus;
        private final FrameHeaderScanner scanner;
        private final Refusal refusal;
        private boolean refused;

        GuardedReader(ReadHandler tyrus, FrameHeaderScanner scanner, Refusal refusal) {
            this.tyrus = tyrus;
            this.scanner = scanner;
            this.refusal = refusal;
        }

        @Override
        public void handle(ByteBuffer data) {
            if (refused) {
                return;
            }
            Optional<FrameHeaderScanner.Violation> violation = scanner.scan(data);
            if (violation.isEmpty()) {
                tyrus.handle(data);
                return;
            }
            refused = true;
            if (violation.get().frameStart() > data.position()) {
                ByteBuffer before = data.duplicate();
                before.limit(violation.get().frameStart());
                tyrus.handle(before);
            }
            refusal.refuse(violation.get().code(), violation.get().message());
        }
    }
}
