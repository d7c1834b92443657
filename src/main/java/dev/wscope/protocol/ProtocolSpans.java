package dev.wscope.protocol;

import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.protocol.ProtocolCodec;
import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which protocol each entry of a timeline was spoken in, for reading any row on its own (the window's rows come
 * in any order, filtered): every connecting event starts a span of its protocol, up to the next. Found by reading
 * only the rare non-message events of each new stretch, so a flood costs a few column reads per message.
 * Thread contract: advanced by one thread (the window's); read from any (the background search) without locking.
 */
public final class ProtocolSpans {
    /** The seqs where spans start and their protocols; replaced, never changed, so readers see a whole pair. */
    private volatile Spans spans = new Spans(new long[0], new ProtocolKind[0]);
    private int scannedTo;
    private final ConnectingEvents connectingEvents = new ConnectingEvents();

    private record Spans(long[] starts, ProtocolKind[] kinds) {
    }

    /** Reads the entries recorded since the last call, up to the timeline's size; true when a span began. */
    public boolean advance(SessionTimeline timeline, int size) {
        boolean began = false;
        for (int index = scannedTo; index < size; index++) {
            TimelineEvent.Connecting connecting = connectingEvents.at(timeline, index);
            if (connecting != null) {
                begin(timeline.get(index).seq(), ProtocolKind.spokenOn(connecting));
                began = true;
            }
        }
        scannedTo = Math.max(scannedTo, size);
        return began;
    }

    private void begin(long seq, ProtocolKind kind) {
        Spans now = spans;
        int length = now.starts.length;
        long[] starts = Arrays.copyOf(now.starts, length + 1);
        ProtocolKind[] kinds = Arrays.copyOf(now.kinds, length + 1);
        starts[length] = seq;
        kinds[length] = kind;
        spans = new Spans(starts, kinds);
    }

    /** Whether any connection of the timeline spoke a protocol: only then do rows have summaries and heartbeats. */
    public boolean anyProtocol() {
        return Arrays.stream(spans.kinds).anyMatch(kind -> kind != ProtocolKind.RAW);
    }

    /** The protocol the entry was spoken in (raw before any connecting event). */
    public ProtocolKind kindOf(long seq) {
        Spans now = spans;
        int at = Arrays.binarySearch(now.starts, seq);
        int span = at >= 0 ? at : -at - 2;
        return span < 0 ? ProtocolKind.RAW : now.kinds[span];
    }

    /** The entry's message in its protocol's terms; empty for a raw one or any other event. */
    public Optional<Decoded> decode(TimelineEntry entry) {
        if (!(entry.event() instanceof TimelineEvent.Message message)) {
            return Optional.empty();
        }
        Optional<ProtocolCodec> codec = Protocols.codec(kindOf(entry.seq()));
        return codec.flatMap(c -> c.decode(message.direction(), message.binary(), message.payload()));
    }
}
