package dev.wscope.protocol.actioncable;

import com.google.gson.JsonObject;
import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.Subscription;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.protocol.DriverBase;
import dev.wscope.protocol.ProtocolRejected;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Speaks Action Cable as Rails' JS client does: offers actioncable-v1-json, is ready at the server's welcome,
 * subscribes by an identifier written as an object (sent as JSON-in-JSON), performs actions on the channel
 * subscribed last once the server confirmed it, and names a reject_subscription or a disconnect as a refusal.
 * The server's pings need no answer (Rails only writes them to keep the connection busy): the codec folds them.
 * Thread contract: received/closed on the engine's reading thread, encode and readyFor on the sender's, in order;
 * the subscriptions are guarded by this.
 */
public final class ActionCableDriver extends DriverBase {
    /** The verbs of -m VERB:ARG. */
    public static final Set<String> VERBS = Set.of("subscribe", "perform", "unsubscribe");

    /** Each subscription's identifier as sent (the server echoes it exactly) -> the server's confirmation. */
    private final Map<String, CompletableFuture<Void>> subscriptions = new LinkedHashMap<>();

    public ActionCableDriver(SessionTimeline timeline) {
        super(timeline);
    }

    /** The address as given; Rails' two subprotocols unless the user offered some. */
    @Override
    public ConnectRequest prepare(ConnectRequest request) {
        if (!request.subprotocols().isEmpty()) {
            return request;
        }
        return new ConnectRequest(request.url(), request.headers(), request.cookies(),
                List.of(CableFrames.SUBPROTOCOL, CableFrames.UNSUPPORTED), request.options());
    }

    /** The server speaks first: its welcome. */
    @Override
    protected void start() {
        // nothing to send
    }

    @Override
    public void received(boolean binary, byte[] payload) {
        if (binary) {
            return;
        }
        CableFrames.object(payload).ifPresent(this::heard);
    }

    private void heard(JsonObject frame) {
        String type = CableFrames.string(frame, "type");
        if (type == null) {
            return; // a channel's message
        }
        String identifier = CableFrames.string(frame, "identifier");
        switch (type) {
            case "welcome" -> markReady();
            case "confirm_subscription" -> confirmation(identifier).complete(null);
            case "reject_subscription" -> {
                String words = RefusalWords.rejectedSubscription(identifier);
                rejected(words);
                confirmation(identifier).completeExceptionally(new ProtocolRejected(words));
            }
            case "disconnect" -> rejected(RefusalWords.disconnect(frame));
            default -> {
                // ping folds away on the timeline; a newer server's types need nothing from the client
            }
        }
    }

    /** The confirmation of a subscription this session asked for, or a stray one's (it completes unseen). */
    private synchronized CompletableFuture<Void> confirmation(String identifier) {
        CompletableFuture<Void> confirmation = identifier == null ? null : subscriptions.get(identifier);
        return confirmation == null ? new CompletableFuture<>() : confirmation;
    }

    /**
     * A perform waits for the confirmation of the channel subscribed last (its encode finds none and says so);
     * anything else for the welcome.
     */
    @Override
    public synchronized CompletableFuture<Void> readyFor(ProtocolMessage message) {
        if (!"perform".equals(message.verb()) || subscriptions.isEmpty()) {
            return ready();
        }
        CompletableFuture<Void> confirmed = new ArrayList<>(subscriptions.values()).get(subscriptions.size() - 1);
        return CompletableFuture.allOf(ready(), confirmed);
    }

    @Override
    public List<OutgoingMessage> encode(ProtocolMessage message) throws PayloadException {
        return List.of(OutgoingMessage.text(switch (message.verb()) {
            case "subscribe" -> subscribe(CableCommands.identifier(message.argument()));
            case "unsubscribe" -> unsubscribe(CableCommands.identifier(message.argument()));
            case "perform" -> CableCommands.message(lastIdentifier(), CableCommands.data(message.argument()));
            default -> throw new PayloadException("Action Cable's verbs are subscribe, perform and unsubscribe; got \""
                    + message.verb() + "\"");
        }));
    }

    /**
     * Subscribing again makes the channel the last; it keeps the server's answer to the first unless that was a
     * rejection (Rails answers a subscription it holds no second time, and forgets a rejected one).
     */
    private synchronized String subscribe(String identifier) {
        CompletableFuture<Void> earlier = subscriptions.remove(identifier);
        boolean held = earlier != null && !earlier.isCompletedExceptionally();
        subscriptions.put(identifier, held ? earlier : new CompletableFuture<>());
        return CableCommands.command("subscribe", identifier);
    }

    private synchronized String unsubscribe(String identifier) {
        subscriptions.remove(identifier);
        return CableCommands.command("unsubscribe", identifier);
    }

    private synchronized String lastIdentifier() throws PayloadException {
        if (subscriptions.isEmpty()) {
            throw new PayloadException("perform goes to the channel subscribed last, and none is: subscribe first, e.g. "
                    + "-m 'subscribe:{\"channel\": \"ChatChannel\"}' -m 'perform:{\"action\": \"speak\", \"text\": \"hi\"}'");
        }
        return new ArrayList<>(subscriptions.keySet()).get(subscriptions.size() - 1);
    }

    /** The channels subscribed to and not rejected, each labelled by its name and its other parameters. */
    @Override
    public synchronized List<Subscription> subscriptions() {
        List<Subscription> now = new ArrayList<>();
        subscriptions.forEach((identifier, confirmation) -> {
            if (!confirmation.isCompletedExceptionally()) {
                now.add(new Subscription(label(identifier), new ProtocolMessage("unsubscribe", identifier)));
            }
        });
        return now;
    }

    /** EchoChannel {"room":"1"}: the channel, then what else the identifier holds. */
    private static String label(String identifier) {
        JsonObject others = CableFrames.inner(identifier).getAsJsonObject().deepCopy();
        others.remove("channel");
        return CableFrames.channel(identifier) + (others.size() == 0 ? "" : " " + others);
    }

    /** Whoever waits for a confirmation learns the connection is gone. */
    @Override
    public void closed() {
        super.closed();
        List<CompletableFuture<Void>> waiting;
        synchronized (this) {
            waiting = new ArrayList<>(subscriptions.values());
        }
        waiting.forEach(confirmation -> confirmation.completeExceptionally(
                new IllegalStateException("the connection closed before the server confirmed the subscription")));
    }
}
