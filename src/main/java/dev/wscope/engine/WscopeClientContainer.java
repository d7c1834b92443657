package dev.wscope.engine;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.glassfish.tyrus.container.grizzly.client.GrizzlyClientContainer;
import org.glassfish.tyrus.spi.ClientContainer;
import org.glassfish.tyrus.spi.ClientEngine;
import org.glassfish.tyrus.spi.Connection;
import org.glassfish.tyrus.spi.UpgradeRequest;
import org.glassfish.tyrus.spi.UpgradeResponse;
import org.glassfish.tyrus.spi.Writer;

/**
 * Tyrus's Grizzly client with two additions. The upgrade request's headers go out in the order the
 * HandshakeRecorder gives: Tyrus keeps them in a case-insensitive TreeMap, which the Grizzly client writes as
 * it iterates, sorted by name whatever order the user set them in. And the server's frame headers are checked
 * (FrameChecks) before Tyrus reads them. Public only because Tyrus makes it by name
 * (ClientManager.createClient(String)).
 */
public final class WscopeClientContainer implements ClientContainer {
    private final ClientContainer grizzly = new GrizzlyClientContainer();

    @Override
    public void openClientSocket(ClientEndpointConfig config, Map<String, Object> properties, ClientEngine engine)
            throws DeploymentException, IOException {
        UnaryOperator<Map<String, List<String>>> order = config.getConfigurator() instanceof HandshakeRecorder recorder
                ? recorder::inSendingOrder : UnaryOperator.identity();
        grizzly.openClientSocket(config, properties, new WscopeEngine(engine, order, FrameChecks.of(config)));
    }

    /** Tyrus's engine: its upgrade requests (the first, and one after a redirect or a 401) in order, its connection checked. */
    private record WscopeEngine(ClientEngine engine, UnaryOperator<Map<String, List<String>>> order,
                                Optional<FrameChecks> checks) implements ClientEngine {
        @Override
        public UpgradeRequest createUpgradeRequest(TimeoutHandler timeoutHandler) {
            UpgradeRequest request = engine.createUpgradeRequest(timeoutHandler);
            return request == null ? null : new OrderedUpgradeRequest(request, order);
        }

        @Override
        public ClientUpgradeInfo processResponse(UpgradeResponse response, Writer writer,
                                                 Connection.CloseListener closeListener) {
            ClientUpgradeInfo upgrade = engine.processResponse(response, writer, closeListener);
            return checks.isPresent() && upgrade.getUpgradeStatus() == ClientUpgradeStatus.SUCCESS
                    ? GuardedConnection.guard(upgrade, checks.get()) : upgrade;
        }

        @Override
        public void processError(Throwable t) {
            engine.processError(t);
        }
    }
}
