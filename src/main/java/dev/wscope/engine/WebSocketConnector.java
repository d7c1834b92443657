package dev.wscope.engine;

import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.request.TlsOptions;
import dev.wscope.core.request.UrlCheck;
import dev.wscope.core.request.WsUrl;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.core.variables.UrlCredentials;
import dev.wscope.engine.tls.TlsContexts;
import dev.wscope.session.Connector;
import dev.wscope.session.Inbound;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Session;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.RedirectException;
import org.glassfish.tyrus.client.SslEngineConfigurator;
import org.glassfish.tyrus.core.HandshakeException;

/** Opens connections through Tyrus. Thread contract: connect() may be called from any thread; it never blocks. */
public final class WebSocketConnector implements Connector {
    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Room above the message limit in Tyrus's read buffer: a frame header and one socket read. */
    static final int TRANSPORT_HEADROOM_BYTES = 4 * 1024 * 1024;
    private static final long RESPONSE_RECORD_WAIT_MILLIS = 2000;
    private static final int MAX_REDIRECTS = 5;
    /** Tyrus's own handshake timeout, where it fires, names the failure better than ours: it goes first. */
    private static final long DEADLINE_GRACE_MILLIS = 250;
    private static final int MAX_MESSAGE_CAP = Integer.MAX_VALUE - TRANSPORT_HEADROOM_BYTES - 64;

    /**
     * Grizzly logs a failure of its filter chain (a 101 whose head passes its 8 KiB limit, say) as a WARNING with
     * a stack trace on stderr, under `send`'s one line and the window's state: the attempt fails at its deadline
     * in words of its own, so the trace is left out. Held here: java.util.logging keeps loggers weakly.
     */
    private static final Logger GRIZZLY_CHAIN = quiet("org.glassfish.grizzly.filterchain.DefaultFilterChain");

    private final Executor executor;

    /** The executor runs the blocking Tyrus handshake; give it one that is not the FX thread. */
    public WebSocketConnector(Executor executor) {
        this.executor = executor;
    }

    /** A raw connection: see the other connect. */
    @Override
    public CompletableFuture<LiveConnection> connect(ConnectRequest request, SessionTimeline timeline) {
        return connect(request, timeline, null);
    }

    /**
     * Records a connecting event, then the handshake, then open or the failure, all on the timeline; inbound
     * (null for a raw connection) hears every message received.
     * The future fails with a {@link ConnectFailure} whose message is fit to show a user: at the latest when
     * the handshake timeout has passed, whatever stage (TCP, TLS, upgrade) hangs. Cancelling the future
     * stops the attempt and says so on the timeline.
     */
    @Override
    public CompletableFuture<LiveConnection> connect(ConnectRequest request, SessionTimeline timeline, Inbound inbound) {
        Optional<String> problem = request.problem();
        if (problem.isPresent()) {
            return CompletableFuture.failedFuture(new ConnectFailure(problem.get(), null));
        }
        UrlCheck url = WsUrl.check(request.url());
        ProtocolSetup protocol = request.options().protocol();
        timeline.append(new TimelineEvent.Connecting(UrlCredentials.masked(url.uri().toString()),
                request.options().tls().insecure(), protocol.isRaw() ? null : protocol.kind().id()));
        ClientManager client = ClientManager.createClient(WscopeClientContainer.class.getName());
        CompletableFuture<LiveConnection> result = new CompletableFuture<>();
        AtomicBoolean decided = new AtomicBoolean();
        executor.execute(() -> {
            try {
                LiveConnection opened = open(request, url, timeline, client, inbound);
                if (!decided.compareAndSet(false, true) || !result.complete(opened)) {
                    opened.abandon(); // cancelled or past its deadline meanwhile
                }
            } catch (ConnectFailure failure) {
                settle(result, decided, failure, timeline, client);
            } catch (RuntimeException e) {
                settle(result, decided, new ConnectFailure(Failures.describe(e), e), timeline, client);
            }
        });
        long timeout = request.options().handshakeTimeoutMillis();
        CompletableFuture.delayedExecutor(timeout + DEADLINE_GRACE_MILLIS, TimeUnit.MILLISECONDS).execute(() -> settle(
                result, decided, new ConnectFailure(Failures.timedOut(url.uri(), timeout), null), timeline, client));
        result.whenComplete((opened, error) -> {
            if (result.isCancelled()) {
                timeline.append(new TimelineEvent.Error("Connecting cancelled"));
                client.shutdown();
            }
        });
        return result;
    }

    /**
     * The first to decide the attempt (it opened, it failed, its deadline passed) is the one recorded; a later
     * one (the hung stage giving up) is not. The error goes on the timeline before the future fails, so whoever
     * waits on the future (send, printing the timeline) finds it there.
     */
    private static void settle(CompletableFuture<LiveConnection> result, AtomicBoolean decided, ConnectFailure failure,
                               SessionTimeline timeline, ClientManager client) {
        if (!result.isDone() && decided.compareAndSet(false, true)) {
            timeline.append(new TimelineEvent.Error(failure.getMessage()));
            client.shutdown();
            result.completeExceptionally(failure);
        }
    }

    private LiveConnection open(ConnectRequest request, UrlCheck url, SessionTimeline timeline, ClientManager client,
                                Inbound inbound) {
        SslEngineConfigurator ssl = "wss".equals(url.uri().getScheme()) ? sslConfigurator(request) : null;
        int maxMessage = (int) Math.min(MAX_MESSAGE_CAP, request.options().maxMessageBytes());
        client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, request.options().handshakeTimeoutMillis());
        // Tyrus's buffer holds the unread part of a frame plus the next chunk read from the socket, so a cap
        // of exactly the limit closes the session (1011) on messages well under it. The exact limit is
        // enforced in TimelineEndpoint; this cap only bounds memory for frames far beyond it.
        client.getProperties().put(ClientProperties.INCOMING_BUFFER_SIZE, maxMessage + TRANSPORT_HEADROOM_BYTES);
        if (ssl != null) {
            client.getProperties().put(ClientProperties.SSL_ENGINE_CONFIGURATOR, ssl);
        }
        HandshakeRecorder recorder = new HandshakeRecorder(request, url.uri(), timeline);
        TimelineEndpoint endpoint = new TimelineEndpoint(timeline, maxMessage, request.options().autoPong(), inbound);
        try {
            applyOptions(client, request.options());
            ClientEndpointConfig config = ClientEndpointConfig.Builder.create()
                    .configurator(recorder)
                    .preferredSubprotocols(request.subprotocols())
                    .extensions(request.options().deflate() ? List.of(new BoundedDeflateExtension(maxMessage, endpoint))
                            : List.of())
                    .build();
            new FrameChecks(maxMessage, endpoint, endpoint).putInto(config);
            Session session = client.connectToServer(endpoint, config, UrlCredentials.withoutCredentials(url.uri()));
            // The session may already be closed here (a server that closes at once): it still opened.
            return new LiveConnection(session, endpoint, timeline, client, request.options().pingIntervalSeconds());
        } catch (Exception e) {
            awaitRecordedResponse(recorder, e);
            throw new ConnectFailure(Failures.describe(e), e);
        }
    }

    private static void applyOptions(ClientManager client, ConnectOptions options) {
        if (options.proxy() != null) {
            client.getProperties().put(ClientProperties.PROXY_URI, options.proxy().uri());
            options.proxy().authorization().ifPresent(value ->
                    client.getProperties().put(ClientProperties.PROXY_HEADERS, Map.of("Proxy-Authorization", value)));
        }
        if (options.followRedirects()) {
            client.getProperties().put(ClientProperties.REDIRECT_ENABLED, true);
            client.getProperties().put(ClientProperties.REDIRECT_THRESHOLD, MAX_REDIRECTS);
        }
    }

    /** Certificate checks as the request's TLS options say: on by default, a CA file and pins on top. */
    private static SslEngineConfigurator sslConfigurator(ConnectRequest request) {
        TlsOptions tls = request.options().tls();
        try {
            SslEngineConfigurator configurator = new SslEngineConfigurator(TlsContexts.create(tls).context(),
                    true, false, false);
            configurator.setHostVerificationEnabled(tls.verifyHostname() && !tls.insecure());
            return configurator;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConnectFailure("The TLS settings cannot be used: " + e.getMessage(), e);
        }
    }

    /** Tyrus records no response for a redirect (it never calls afterResponse then); for other statuses it does. */
    private static void awaitRecordedResponse(HandshakeRecorder recorder, Exception error) {
        HandshakeException handshake = Failures.find(error, HandshakeException.class);
        if (handshake == null || handshake instanceof RedirectException) {
            return;
        }
        try {
            recorder.awaitResponse(RESPONSE_RECORD_WAIT_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
