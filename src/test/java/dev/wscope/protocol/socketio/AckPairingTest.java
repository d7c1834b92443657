package dev.wscope.protocol.socketio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.wscope.core.protocol.Decoded;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.protocol.TimelineReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A timeline read in order pairs each ack with its emit: same namespace, same id, the time between them. */
class AckPairingTest {
    private final TimelineReading reading = new TimelineReading();
    private final List<Optional<Decoded>> read = new ArrayList<>();
    private long seq;

    @Test
    void anAck_getsTheRoundTripOfItsOwnEmit() {
        entry(0, new TimelineEvent.Connecting("ws://h/socket.io/?EIO=4&transport=websocket", false, "socket.io"));
        message(1000, Direction.OUT, "420[\"greet\"]");
        message(1005, Direction.OUT, "42/admin,0[\"whoami\"]");
        message(1012, Direction.IN, "43/admin,0[\"/admin\"]");
        message(1030, Direction.IN, "430[\"hello\"]");
        message(1031, Direction.IN, "430[\"again\"]");

        assertEquals(7, read.get(3).orElseThrow().fields().get("rttMillis").getAsLong());
        assertEquals("ack /admin #0 [\"/admin\"] (7 ms)", read.get(3).orElseThrow().summary());
        assertEquals(30, read.get(4).orElseThrow().fields().get("rttMillis").getAsLong());
        assertFalse(read.get(5).orElseThrow().fields().has("rttMillis"), "an ack paired twice");
    }

    private void message(long millis, Direction direction, String text) {
        entry(millis, TimelineEvent.Message.text(direction, text));
    }

    private void entry(long millis, TimelineEvent event) {
        read.add(reading.next(new TimelineEntry(++seq, millis, event)));
    }
}
