package dev.wscope.protocol;

import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.EntryTest;
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
    private final Peek peek = new Peek();
    /** No protocol's first message (an open packet, a welcome, CONNECTED) is longer. */
    private static final int GREETING_AT_MOST = 4096;

    /**
     * The protocol the new events show, once per connection; empty while nothing tells. connectionBegan: a
     * connecting event is among them (the timeline's protocol spans found it); else, unless a connection is being
     * watched, the stretch is passed over unread (a flood's messages are not read twice in a batch).
     */
    public Optional<ProtocolKind> read(SessionTimeline timeline, int size, boolean connectionBegan) {
        if (!watching && !connectionBegan) {
            readTo = Math.max(readTo, size);
            return Optional.empty();
        }
        Optional<ProtocolKind> found = Optional.empty();
        for (; readTo < size && found.isEmpty(); readTo++) {
            if (!watching && connectingEvents.at(timeline, readTo) == null) {
                continue; // up to the connecting event: messages passed over without being built
            }
            found = next(peek.at(timeline, readTo));
        }
        readTo = Math.max(readTo, size);
        return found;
    }

    private Optional<ProtocolKind> next(Peek seen) {
        if (seen.event instanceof TimelineEvent.Connecting connecting) {
            watching = connecting.protocol() == null;
            subprotocol = null;
        } else if (seen.event instanceof TimelineEvent.Opened opened) {
            subprotocol = opened.subprotocol();
            Optional<ProtocolKind> bySubprotocol = recognised(false, new byte[0]);
            if (bySubprotocol.isPresent()) {
                watching = false;
                return bySubprotocol;
            }
        } else if (seen.received) {
            watching = false;
            // a greeting is short: a big first message (a 10 MiB feed's) is no protocol's, and is never copied
            return seen.greeting == null ? Optional.empty() : recognised(seen.binary, seen.greeting);
        }
        return Optional.empty();
    }

    private Optional<ProtocolKind> recognised(boolean binary, byte[] first) {
        return Arrays.stream(ProtocolKind.values())
                .filter(kind -> Protocols.codec(kind).map(codec -> codec.recognises(subprotocol, binary, first)).orElse(false))
                .findFirst();
    }

    /** An entry read in place: a non-message event, or a message received and, when short, its bytes. */
    private static final class Peek implements EntryTest {
        private TimelineEvent event;
        private boolean received;
        private boolean binary;
        private byte[] greeting;

        Peek at(SessionTimeline timeline, int index) {
            event = null;
            received = false;
            greeting = null;
            timeline.test(index, this);
            return this;
        }

        @Override
        public boolean wants(Direction direction, String kind) {
            return direction == Direction.IN;
        }

        @Override
        public boolean message(Direction direction, boolean isBinary, String kind, byte[] bytes, int offset, int length) {
            received = true;
            binary = isBinary;
            greeting = length <= GREETING_AT_MOST ? Arrays.copyOfRange(bytes, offset, offset + length) : null;
            return false;
        }

        @Override
        public boolean event(TimelineEvent seen) {
            event = seen;
            return false;
        }
    }
}
