package dev.wscope.protocol;

import com.google.gson.JsonObject;
import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.protocol.ProtocolCodec;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.Optional;

/**
 * Reads a timeline's entries in order, each message in the terms of the protocol its connection spoke: the
 * connecting event names it, so a saved session reads the same as a live one. Not thread-safe: one reader, one pass.
 */
public final class TimelineReading {
    private ProtocolKind kind = ProtocolKind.RAW;
    private ProtocolCodec codec;
    private ReplyPairing pairing = ReplyPairing.NONE;

    /** The entry's message decoded (a reply paired with its request); empty for a raw connection's, for any other event, or a frame the codec does not know. */
    public Optional<Decoded> next(TimelineEntry entry) {
        TimelineEvent event = entry.event();
        if (event instanceof TimelineEvent.Connecting connecting) {
            kind = ProtocolKind.spokenOn(connecting);
            codec = Protocols.codec(kind).orElse(null);
            pairing = Protocols.pairing(kind);
            return Optional.empty();
        }
        if (codec == null || !(event instanceof TimelineEvent.Message message)) {
            return Optional.empty();
        }
        return codec.decode(message.direction(), message.binary(), message.payload()).map(decoded -> pairing.pair(entry, decoded));
    }

    /** The protocol of the connection the last entry read belongs to. */
    public ProtocolKind kind() {
        return kind;
    }

    /**
     * Adds the contract's protocol fields to a message's JSON: "protocol": {"name": ..., decoded fields} and,
     * for a keep-alive, "heartbeat": true.
     */
    public static JsonObject annotate(JsonObject eventJson, ProtocolKind kind, Decoded decoded) {
        JsonObject protocol = new JsonObject();
        protocol.addProperty("name", kind.id());
        decoded.fields().entrySet().forEach(field -> protocol.add(field.getKey(), field.getValue()));
        eventJson.add("protocol", protocol);
        if (decoded.heartbeat()) {
            eventJson.addProperty("heartbeat", true);
        }
        return eventJson;
    }
}
