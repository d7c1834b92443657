package dev.wscope.protocol.stomp;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.protocol.Subscription;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.protocol.DriverBase;
import dev.wscope.protocol.ProtocolTimers;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * STOMP 1.0-1.2 over WebSocket: offers the v12/v11/v10.stomp subprotocols, sends CONNECT (its passcode hidden on the
 * timeline), is ready on CONNECTED, keeps the heart-beats agreed (an end-of-line every interval; the server's are
 * decoded as heart-beats), and takes any ERROR as a refusal in the server's words.
 */
public final class StompDriver extends DriverBase {
    /** The verbs of `-m VERB:ARG`: subscribe, unsubscribe, send, ack, nack. */
    public static final Set<String> VERBS = StompComposer.VERBS;
    private static final OutgoingMessage HEARTBEAT = OutgoingMessage.text("\n");

    private final StompSettings settings;
    private final StompComposer composer = new StompComposer();
    /** The version CONNECTED named; 1.2, the newest offered, until then (so that messages can be checked before). */
    private volatile StompVersion version = StompVersion.V1_2;
    private volatile boolean connected;
    private ScheduledFuture<?> heartbeats;

    /** IllegalArgumentException saying what is wrong with a setting (--heartbeat). */
    public StompDriver(ProtocolSetup setup, SessionTimeline timeline) {
        super(timeline);
        this.settings = StompSettings.of(setup);
    }

    /** The request offering STOMP's subprotocols, newest first, unless the user chose some. */
    @Override
    public ConnectRequest prepare(ConnectRequest request) {
        if (!request.subprotocols().isEmpty()) {
            return request;
        }
        List<String> offered = Arrays.stream(StompVersion.values()).map(StompVersion::subprotocol).toList();
        return new ConnectRequest(request.url(), request.headers(), request.cookies(), offered, request.options());
    }

    @Override
    protected void start() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept-version", "1.0,1.1,1.2");
        headers.put("host", settings.host());
        settings.login().ifPresent(login -> headers.put("login", login));
        settings.passcode().ifPresent(passcode -> headers.put("passcode", passcode));
        headers.put("heart-beat", settings.heartbeatHeader());
        // the passcode mask lasts for this one frame: nothing of the user's goes before CONNECTED (sends wait for
        // it), and a mask kept longer would be dropped anyway by the window's own when its environment changes
        UnaryOperator<String> others = timeline.mask();
        timeline.setMask(PasscodeMask.over(others));
        try {
            sendOwn(OutgoingMessage.text(StompFrame.of("CONNECT", headers).encode(StompVersion.V1_2)));
        } finally {
            timeline.setMask(others);
        }
    }

    @Override
    public void received(boolean binary, byte[] payload) {
        StompFrame.parse(payload).ifPresent(frame -> {
            switch (frame.command()) {
                case "CONNECTED" -> connected(frame);
                case "MESSAGE" -> composer.delivered(frame);
                case "ERROR" -> rejected("STOMP ERROR: " + StompCodec.errorWords(frame) + (connected ? ""
                        : " (check --login, --passcode and --vhost: the broker's user, its password and its virtual host)"));
                default -> {
                    // RECEIPT and the rest are on the timeline; nothing to answer
                }
            }
        });
    }

    private void connected(StompFrame frame) {
        version = StompVersion.of(frame.header("version").orElse(null));
        long every = settings.sendInterval(frame.header("heart-beat").orElse(null));
        if (every > 0) {
            heartbeats = ProtocolTimers.shared().scheduleAtFixedRate(() -> sendOwn(HEARTBEAT), every, every, TimeUnit.MILLISECONDS);
        }
        connected = true;
        markReady();
    }

    @Override
    public void closed() {
        ScheduledFuture<?> running = heartbeats;
        if (running != null) {
            running.cancel(false);
        }
        super.closed();
    }

    @Override
    public List<Subscription> subscriptions() {
        return composer.subscriptions();
    }

    @Override
    public List<OutgoingMessage> encode(ProtocolMessage message) throws PayloadException {
        StompVersion now = version;
        return List.of(OutgoingMessage.text(composer.compose(message, now).encode(now)));
    }
}
