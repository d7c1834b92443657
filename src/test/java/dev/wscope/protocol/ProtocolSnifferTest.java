package dev.wscope.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a raw connection shows of a protocol: its subprotocol or its first message, once per connection. */
class ProtocolSnifferTest {
    private final SessionTimeline timeline = new SessionTimeline();
    private final ProtocolSniffer sniffer = new ProtocolSniffer();

    private Optional<ProtocolKind> connectAndReceive(String subprotocol, String first) {
        timeline.append(new TimelineEvent.Connecting("ws://127.0.0.1:9/x"));
        timeline.append(new TimelineEvent.Opened(subprotocol, List.of()));
        timeline.append(TimelineEvent.Message.text(Direction.OUT, "{\"type\":\"welcome\"}"));
        timeline.append(TimelineEvent.Message.text(Direction.IN, first));
        return sniffer.read(timeline, timeline.size(), true);
    }

    @Test
    void anActionCableWelcome_orAnEngineIoOpenPacket_isRecognised_byTheFirstMessageIn() {
        assertEquals(Optional.of(ProtocolKind.ACTION_CABLE), connectAndReceive(null, "{\"type\":\"welcome\"}"));
        assertEquals(Optional.of(ProtocolKind.SOCKET_IO), connectAndReceive(null,
                "0{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":1000000}"));
    }

    @Test
    void aStompSubprotocol_isRecognisedAtOpen() {
        assertEquals(Optional.of(ProtocolKind.STOMP), connectAndReceive("v12.stomp", "anything"));
    }

    @Test
    void aBigFirstMessage_isNoProtocolsGreeting_andOnlyTheFirstMessageCounts() {
        String big = "{\"type\":\"welcome\"}" + " ".repeat(10_000);
        assertEquals(Optional.empty(), connectAndReceive(null, big));
        timeline.append(TimelineEvent.Message.text(Direction.IN, "{\"type\":\"welcome\"}"));
        assertEquals(Optional.empty(), sniffer.read(timeline, timeline.size(), false), "a later message tells nothing");
    }

    @Test
    void aConnectionThatAlreadySpeaksAProtocol_isNotOfferedOne() {
        timeline.append(new TimelineEvent.Connecting("ws://127.0.0.1:9/cable", false, "actioncable"));
        timeline.append(TimelineEvent.Message.text(Direction.IN, "{\"type\":\"welcome\"}"));
        assertEquals(Optional.empty(), sniffer.read(timeline, timeline.size(), true));
    }
}
