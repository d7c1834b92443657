package dev.wscope.protocol;

import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Notices a known protocol on a raw connection: the subprotocol the server chose, or its first message (an
 * Engine.IO open packet, an Action Cable welcome), so that the window can offer to speak it. Reads only the few
 * events of each connection up to its first message received. One thread (the window's).
 */
public final class ProtocolSniffer {
    private int readTo;
    /** The raw connection being watched: from its connecting event until its first message in, else null. */
    private boolean watching;
    private String subprotocol;
    private final ConnectingEvents connectingEvents = new ConnectingEvents();

    /** The protocol the new events show, once per connection; empty while nothing tells. */
    public Optional<ProtocolKind> read(SessionTimeline timeline, int size) {
        Optional<ProtocolKind> found = Optional.empty();
        for (; readTo < size && found.isEmpty(); readTo++) {
            if (!watching && connectingEvents.at(timeline, readTo) == null) {
                continue; // a flood's messages are passed over without being built
            }
            TimelineEvent event = timeline.get(readTo).event();
            found = next(event);
        }
        readTo = Math.max(readTo, size);
        return found;
    }

    private Optional<ProtocolKind> next(TimelineEvent event) {
        if (event instanceof TimelineEvent.Connecting connecting) {
            watching = connecting.protocol() == null;
            subprotocol = null;
        } else if (event instanceof TimelineEvent.Opened opened) {
            subprotocol = opened.subprotocol();
            Optional<ProtocolKind> bySubprotocol = recognised(false, new byte[0]);
            if (bySubprotocol.isPresent()) {
                watching = false;
                return bySubprotocol;
            }
        } else if (event instanceof TimelineEvent.Message message && message.direction() == Direction.IN) {
            watching = false;
            return recognised(message.binary(), message.payload());
        }
        return Optional.empty();
    }

    private Optional<ProtocolKind> recognised(boolean binary, byte[] first) {
        return Arrays.stream(ProtocolKind.values())
                .filter(kind -> Protocols.codec(kind).map(codec -> codec.recognises(subprotocol, binary, first)).orElse(false))
                .findFirst();
    }
}
