package dev.wscope.engine;

import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.UrlCheck;
import dev.wscope.core.request.WsUrl;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Session;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;

/** Opens connections through Tyrus. Thread contract: connect() may be called from any thread; it never blocks. */
public final class WebSocketConnector {
    private final Executor executor;

    /** The executor runs the blocking Tyrus handshake; give it one that is not the FX thread. */
    public WebSocketConnector(Executor executor) {
        this.executor = executor;
    }

    /**
     * Records a connecting event, then the handshake, then open or the failure, all on the timeline.
     * The future fails with a {@link ConnectFailure} whose message is fit to show a user.
     */
    public CompletableFuture<LiveConnection> connect(ConnectRequest request, SessionTimeline timeline) {
        Optional<String> problem = request.problem();
        if (problem.isPresent()) {
            return CompletableFuture.failedFuture(new ConnectFailure(problem.get(), null));
        }
        UrlCheck url = WsUrl.check(request.url());
        timeline.append(new TimelineEvent.Connecting(url.uri().toString()));
        return CompletableFuture.supplyAsync(() -> open(request, url, timeline), executor);
    }

    private LiveConnection open(ConnectRequest request, UrlCheck url, SessionTimeline timeline) {
        ClientManager client = ClientManager.createClient();
        int maxMessage = (int) Math.min(Integer.MAX_VALUE, request.options().maxMessageBytes());
        client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, request.options().handshakeTimeoutMillis());
        client.getProperties().put(ClientProperties.INCOMING_BUFFER_SIZE, maxMessage);
        HandshakeRecorder recorder = new HandshakeRecorder(request, url.uri(), timeline);
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create()
                .configurator(recorder)
                .preferredSubprotocols(request.subprotocols())
                .build();
        TimelineEndpoint endpoint = new TimelineEndpoint(timeline);
        try {
            Session session = client.connectToServer(endpoint, config, url.uri());
            // Without this Tyrus re-arms an idle timer for every message: ~1.6x fewer messages a second.
            session.setMaxIdleTimeout(-1);
            session.setMaxTextMessageBufferSize(maxMessage);
            session.setMaxBinaryMessageBufferSize(maxMessage);
            return new LiveConnection(session, endpoint, timeline, client);
        } catch (Exception e) {
            client.shutdown();
            String message = Failures.describe(e);
            timeline.append(new TimelineEvent.Error(message));
            throw new ConnectFailure(message, e);
        }
    }
}
