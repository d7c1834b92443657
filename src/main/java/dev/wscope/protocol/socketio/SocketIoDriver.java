package dev.wscope.protocol.socketio;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.protocol.DriverBase;
import dev.wscope.protocol.ProtocolTimers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Socket.IO over WebSocket only, Engine.IO 4 (Socket.IO 3 and 4) or 3 (Socket.IO 2). The server opens with
 * Engine.IO's open packet; the driver then connects to the namespace (with the auth payload under Engine.IO 4;
 * Socket.IO 2 connects "/" by itself) and is ready at the server's CONNECT, refused at its CONNECT_ERROR.
 * Heartbeats: under Engine.IO 4 the server pings and the driver answers "3"; under Engine.IO 3 the driver pings every
 * pingInterval of the open packet and the server answers. Events pass untouched: only the packets above are read
 * on the reading thread, by their first bytes, so a flood of events costs a byte comparison each.
 */
public final class SocketIoDriver extends DriverBase {
    public static final Set<String> VERBS = Set.of("emit", "ack");
    /** Event names the Socket.IO client keeps for itself; a server never gets them as events. */
    private static final Set<String> RESERVED = Set.of("connect", "connect_error", "disconnect", "disconnecting",
            "newListener", "removeListener");

    private final int eio;
    private final String path;
    private final JsonObject auth;
    private final AtomicLong ackIds = new AtomicLong();
    private volatile String namespace = SocketIoPacket.DEFAULT_NAMESPACE;
    private volatile ScheduledFuture<?> pings;

    /** IllegalArgumentException naming a setting that is wrong. */
    public SocketIoDriver(ProtocolSetup setup, SessionTimeline timeline) {
        super(timeline);
        String version = setup.setting(ProtocolSetup.EIO).orElse("4").strip();
        if (!version.equals("3") && !version.equals("4")) {
            throw new IllegalArgumentException("--eio takes 4 (Socket.IO 3 and 4) or 3 (Socket.IO 2); got \"" + version + "\"");
        }
        this.eio = Integer.parseInt(version);
        this.path = setup.setting(ProtocolSetup.PATH).orElse(SocketIoAddress.DEFAULT_PATH).strip();
        this.auth = setup.setting(ProtocolSetup.AUTH).map(SocketIoDriver::authObject).orElse(null);
        if (auth != null && eio == 3) {
            throw new IllegalArgumentException("--auth is Socket.IO 3 and 4's CONNECT payload; Socket.IO 2 (--eio 3) has none:"
                    + " put the credentials in the address's query (?token=...) instead");
        }
    }

    private static JsonObject authObject(String json) {
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (parsed.isJsonObject()) {
                return parsed.getAsJsonObject();
            }
        } catch (JsonParseException e) {
            // said below
        }
        throw new IllegalArgumentException("--auth takes a JSON object, e.g. --auth '{\"token\":\"abc\"}'; got " + json);
    }

    /** The namespace is the address's path; the address dialled is the Engine.IO endpoint. */
    @Override
    public ConnectRequest prepare(ConnectRequest request) {
        SocketIoAddress address = SocketIoAddress.of(request.url(), path, eio);
        namespace = address.namespace();
        return new ConnectRequest(address.engineUrl(), request.headers(), request.cookies(), request.subprotocols(), request.options());
    }

    /** The server speaks first, with its open packet. */
    @Override
    protected void start() {
    }

    @Override
    public void received(boolean binary, byte[] payload) {
        if (binary || payload.length == 0) {
            return;
        }
        switch (payload[0]) {
            case '4' -> {
                if (payload.length > 1 && (payload[1] == '0' || payload[1] == '4')) {
                    namespaceAnswer(new String(payload, 1, payload.length - 1, StandardCharsets.UTF_8));
                }
            }
            case '2' -> {
                if (eio == 4 && payload.length == 1) {
                    sendOwn(OutgoingMessage.text("3"));
                }
            }
            case '0' -> engineOpened(new String(payload, 1, payload.length - 1, StandardCharsets.UTF_8));
            default -> {
                // events, acks, pongs and the rest are only shown
            }
        }
    }

    private void engineOpened(String json) {
        long pingInterval = 0;
        try {
            JsonElement open = JsonParser.parseString(json);
            if (open.isJsonObject() && open.getAsJsonObject().has("pingInterval")) {
                pingInterval = open.getAsJsonObject().get("pingInterval").getAsLong();
            }
        } catch (JsonParseException | NumberFormatException | UnsupportedOperationException e) {
            rejected("the server's Engine.IO open packet is not JSON (" + json + "): is this a Socket.IO server?");
            return;
        }
        if (eio == 3 && pingInterval > 0) {
            pings = ProtocolTimers.shared().scheduleAtFixedRate(() -> sendOwn(OutgoingMessage.text("2")),
                    pingInterval, pingInterval, TimeUnit.MILLISECONDS);
        }
        if (eio == 4 || !SocketIoPacket.DEFAULT_NAMESPACE.equals(namespace)) {
            sendOwn(OutgoingMessage.text("4" + new SocketIoPacket(SocketIoPacket.CONNECT, 0, namespace, null, auth).encode()));
        }
    }

    private void namespaceAnswer(String text) {
        SocketIoPacket.parse(text).filter(packet -> packet.namespace().equals(namespace)).ifPresent(packet -> {
            if (packet.type() == SocketIoPacket.CONNECT) {
                markReady();
            } else {
                rejected("the server refused the Socket.IO namespace " + namespace + ": " + SocketIoCodec.words(packet.data())
                        + " (its middleware said no: check --auth and the namespace, the address's path)");
            }
        });
    }

    @Override
    public List<OutgoingMessage> encode(ProtocolMessage message) throws PayloadException {
        String verb = message.verb();
        if (!VERBS.contains(verb)) {
            throw new PayloadException("Socket.IO sends emit:[\"event\", arg...] or ack:[\"event\", arg...]; got " + verb + ":");
        }
        JsonArray args = eventArray(verb, message.argument());
        Long id = verb.equals("ack") ? ackIds.getAndIncrement() : null;
        return List.of(OutgoingMessage.text("4" + new SocketIoPacket(SocketIoPacket.EVENT, 0, namespace, id, args).encode()));
    }

    private static JsonArray eventArray(String verb, String argument) throws PayloadException {
        String expected = verb + " takes a JSON array, the event's name first: " + verb + ":[\"chat\", \"hi\", {\"room\": 1}]";
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(argument);
        } catch (JsonParseException e) {
            throw new PayloadException(expected + "; got " + argument + " (not JSON)");
        }
        if (!parsed.isJsonArray() || parsed.getAsJsonArray().isEmpty()) {
            throw new PayloadException(expected + "; got " + argument);
        }
        JsonElement name = parsed.getAsJsonArray().get(0);
        if (!name.isJsonPrimitive() || !name.getAsJsonPrimitive().isString() || name.getAsString().isEmpty()) {
            throw new PayloadException(expected + "; its first element is not an event name: " + name);
        }
        if (RESERVED.contains(name.getAsString())) {
            throw new PayloadException("\"" + name.getAsString() + "\" is an event name Socket.IO keeps for itself: pick another");
        }
        return parsed.getAsJsonArray();
    }

    @Override
    public void closed() {
        ScheduledFuture<?> running = pings;
        if (running != null) {
            running.cancel(false);
        }
        super.closed();
    }
}
