package dev.wscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PingsInFlightTest {
    private static final byte[] A = {'a'};
    private static final byte[] B = {'b'};

    @Test
    void aPongAnswersTheOldestWaitingPingWithItsPayload_once() {
        PingsInFlight pings = new PingsInFlight();
        pings.sent(A, 1_000);
        pings.sent(B, 2_000);
        pings.sent(A, 3_000);

        assertEquals(Duration.ofNanos(8_000), pings.answered(B, 10_000));
        assertEquals(Duration.ofNanos(9_000), pings.answered(A, 10_000));
        assertEquals(Duration.ofNanos(7_000), pings.answered(A, 10_000));
        assertNull(pings.answered(A, 10_000), "both pings with that payload were answered");
    }

    @Test
    void aPongNoPingAskedFor_hasNoRoundTrip() {
        PingsInFlight pings = new PingsInFlight();
        pings.sent(A, 1_000);

        assertNull(pings.answered(B, 2_000));
        assertEquals(Duration.ofNanos(1_000), pings.answered(A, 2_000), "the unasked pong took nothing away");
    }

    @Test
    void pingsNeverAnswered_areForgottenPast64_oldestFirst() {
        PingsInFlight pings = new PingsInFlight();
        pings.sent(B, 0);
        for (int i = 1; i <= 64; i++) {
            pings.sent(A, i);
        }

        assertNull(pings.answered(B, 100), "the 65th ping pushed out the first");
        assertEquals(Duration.ofNanos(99), pings.answered(A, 100));
    }

    @Test
    void thePayloadIsCopied_soASendersLaterChangeDoesNotMatter() {
        PingsInFlight pings = new PingsInFlight();
        byte[] payload = {'x'};
        pings.sent(payload, 0);
        payload[0] = 'y';

        assertEquals(Duration.ofNanos(5), pings.answered(new byte[] {'x'}, 5));
    }
}
