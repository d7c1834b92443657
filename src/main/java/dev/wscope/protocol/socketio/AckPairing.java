package dev.wscope.protocol.socketio;

import com.google.gson.JsonObject;
import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.protocol.ReplyPairing;
import java.util.HashMap;
import java.util.Map;

/**
 * Pairs the server's ack with the emit that asked for it (same namespace, same id): the ack gains "rttMillis", the
 * time between the two as the timeline recorded them, and its summary says it.
 */
public final class AckPairing implements ReplyPairing {
    private final Map<String, Long> asked = new HashMap<>();

    @Override
    public Decoded pair(TimelineEntry entry, Decoded decoded) {
        if (!(entry.event() instanceof TimelineEvent.Message message) || !decoded.fields().has("id")) {
            return decoded;
        }
        String key = decoded.fields().get("namespace").getAsString() + "#" + decoded.fields().get("id").getAsLong();
        if (message.direction() == Direction.OUT && "event".equals(decoded.type())) {
            asked.put(key, entry.epochMillis());
            return decoded;
        }
        Long sent = message.direction() == Direction.IN && "ack".equals(decoded.type()) ? asked.remove(key) : null;
        if (sent == null) {
            return decoded;
        }
        long rtt = entry.epochMillis() - sent;
        JsonObject fields = decoded.fields().deepCopy();
        fields.addProperty("rttMillis", rtt);
        return new Decoded(decoded.type(), decoded.summary() + " (" + rtt + " ms)", decoded.heartbeat(), fields);
    }
}
