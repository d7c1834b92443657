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
 * Tyrus's Grizzly client with three additions. The upgrade request's headers go out in the order the
 * HandshakeRecorder gives: Tyrus keeps them in a case-insensitive TreeMap, which the Grizzly client writes as
 * it iterates, sorted by name whatever order the user set them in. A 101 that chose a subprotocol or an
 * extension not offered is refused (OfferedOnly). And the server's frame headers are checked (FrameChecks)
 * before Tyrus reads them. Public only because Tyrus makes it by name
 * (ClientManager.createClient(String)).
 */
public final class WscopeClientContainer implements ClientContainer {
    /** An upgrade Wscope refused: the Grizzly client closes the socket and goes no further. */
    private static final ClientEngine.ClientUpgradeInfo REFUSED = new ClientEngine.ClientUpgradeInfo() {
        @Override
        public ClientEngine.ClientUpgradeStatus getUpgradeStatus() {
            return ClientEngine.ClientUpgradeStatus.UPGRADE_REQUEST_FAILED;
        }

        @Override
        public Connection createConnection() {
            return null;
        }
    };
    private final ClientContainer grizzly = new GrizzlyClientContainer();

    @Override
    public void openClientSocket(ClientEndpointConfig config, Map<String, Object> properties, ClientEngine engine)
            throws DeploymentException, IOException {
        grizzly.openClientSocket(config, properties, new WscopeEngine(engine, config));
    }

    /**
     * Tyrus's engine: its upgrade requests (the first, and one after a redirect or a 401) in order, a 101 that
     * chose what was not offered refused, its connection checked.
     */
    private record WscopeEngine(ClientEngine engine, ClientEndpointConfig config) implements ClientEngine {
        @Override
        public UpgradeRequest createUpgradeRequest(TimeoutHandler timeoutHandler) {
            UpgradeRequest request = engine.createUpgradeRequest(timeoutHandler);
            UnaryOperator<Map<String, List<String>>> order = config.getConfigurator() instanceof HandshakeRecorder
                    recorder ? recorder::inSendingOrder : UnaryOperator.identity();
            return request == null ? null : new OrderedUpgradeRequest(request, order);
        }

        @Override
        public ClientUpgradeInfo processResponse(UpgradeResponse response, Writer writer,
                                                 Connection.CloseListener closeListener) {
            Optional<String> unoffered = response.getStatus() == 101 ? OfferedOnly.problem(config, response)
                    : Optional.empty();
            if (unoffered.isPresent()) {
                config.getConfigurator().afterResponse(response); // the timeline shows the answer refused
                engine.processError(new ConnectFailure(unoffered.get(), null));
                return REFUSED;
            }
            ClientUpgradeInfo upgrade = engine.processResponse(response, writer, closeListener);
            Optional<FrameChecks> checks = FrameChecks.of(config);
            return checks.isPresent() && upgrade.getUpgradeStatus() == ClientUpgradeStatus.SUCCESS
                    ? GuardedConnection.guard(upgrade, checks.get()) : upgrade;
        }

        @Override
        public void processError(Throwable t) {
            engine.processError(t);
        }
    }
}
