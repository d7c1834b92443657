package dev.wscope.engine;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.glassfish.tyrus.container.grizzly.client.GrizzlyClientContainer;
import org.glassfish.tyrus.spi.ClientContainer;
import org.glassfish.tyrus.spi.ClientEngine;
import org.glassfish.tyrus.spi.Connection;
import org.glassfish.tyrus.spi.UpgradeRequest;
import org.glassfish.tyrus.spi.UpgradeResponse;
import org.glassfish.tyrus.spi.Writer;

/**
 * Tyrus's Grizzly client, sending the upgrade request's headers in the order the HandshakeRecorder gives.
 * Tyrus keeps them in a case-insensitive TreeMap, which the Grizzly client writes as it iterates: sorted by
 * name, whatever order the user set them in. This container hands the Grizzly client the same request with
 * its headers in order. Public only because Tyrus makes it by name (ClientManager.createClient(String)).
 */
public final class OrderedHeadersContainer implements ClientContainer {
    private final ClientContainer grizzly = new GrizzlyClientContainer();

    @Override
    public void openClientSocket(ClientEndpointConfig config, Map<String, Object> properties, ClientEngine engine)
            throws DeploymentException, IOException {
        grizzly.openClientSocket(config, properties, config.getConfigurator() instanceof HandshakeRecorder recorder
                ? new OrderedEngine(engine, recorder::inSendingOrder) : engine);
    }

    /** Tyrus's engine, its upgrade requests (the first, and one after a redirect or a 401) in order. */
    private record OrderedEngine(ClientEngine engine, UnaryOperator<Map<String, List<String>>> order)
            implements ClientEngine {
        @Override
        public UpgradeRequest createUpgradeRequest(TimeoutHandler timeoutHandler) {
            UpgradeRequest request = engine.createUpgradeRequest(timeoutHandler);
            return request == null ? null : new OrderedUpgradeRequest(request, order);
        }

        @Override
        public ClientUpgradeInfo processResponse(UpgradeResponse response, Writer writer,
                                                 Connection.CloseListener closeListener) {
            return engine.processResponse(response, writer, closeListener);
        }

        @Override
        public void processError(Throwable t) {
            engine.processError(t);
        }
    }
}
