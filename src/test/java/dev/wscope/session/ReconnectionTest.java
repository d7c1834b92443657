package dev.wscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.request.ReconnectOptions;
import org.junit.jupiter.api.Test;

class ReconnectionTest {
    private final ReconnectOptions threeTries = new ReconnectOptions(true, 3, 1000, 2500);
    private final Reconnection reconnection = new Reconnection();

    @Test
    void waitsDouble_upToTheLongest_thenTheSeriesEnds() {
        assertEquals(1000, reconnection.next(threeTries, 0, false));
        assertEquals(2000, reconnection.next(threeTries, 0, false));
        assertEquals(2500, reconnection.next(threeTries, 0, false));
        assertEquals(-1, reconnection.next(threeTries, 0, false));
        assertFalse(reconnection.inProgress(), "a series that gave up starts afresh");
    }

    @Test
    void aConnectionThatStayedOpen_startsTheCountAfresh() {
        reconnection.next(threeTries, 0, false);
        reconnection.next(threeTries, 0, false);
        reconnection.opened(1_000);

        assertEquals(3, reconnection.next(threeTries, 1_000 + Reconnection.STABLE_MILLIS - 1, true) > 0 ? reconnection.attempt() : -1,
                "open less than the stable time: the series goes on");
        reconnection.opened(10_000);
        reconnection.next(threeTries, 10_000 + Reconnection.STABLE_MILLIS, true);
        assertEquals(1, reconnection.attempt(), "open long enough: a new series");
        assertTrue(reconnection.inProgress());
    }
}
