package dev.wscope.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.diagnosis.DoctorStep;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.testing.HostilePeer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Servers that answer, but a byte at a time: each step still ends at the timeout. */
class DoctorDeadlinesIT {
    private static final int TIMEOUT_MILLIS = 1000;

    /** Writes a proper 101 a byte every 100 ms: each read is quick, the whole answer takes many timeouts. */
    private static HostilePeer.Script trickling() {
        return (head, out) -> {
            for (byte b : HostilePeer.switching(head, "")) {
                out.write(b);
                out.flush();
                Thread.sleep(100);
            }
        };
    }

    private static DoctorReport examine(HostilePeer peer) {
        return new Doctor(Audience.COMMAND_LINE).examine(new ConnectRequest(peer.url("ws"), List.of(), List.of(),
                List.of(), new ConnectOptions(TIMEOUT_MILLIS, ConnectOptions.DEFAULT_MAX_MESSAGE_BYTES)));
    }

    @Test
    void upgradeAnswerTrickled_failsAtTheTimeout_asHandshakeTimeout() throws Exception {
        try (HostilePeer peer = new HostilePeer(trickling())) {
            long start = System.nanoTime();
            DoctorReport report = examine(peer);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals("handshake-timeout", report.diagnosis().cause().code(), report.diagnosis().summary());
            assertTrue(millis < 2 * TIMEOUT_MILLIS, "took " + millis + " ms");
        }
    }

    @Test
    void probesAfterA404_trickledToo_endWithinOneMoreTimeout_andStopAtTheFirstSilentOne() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        byte[] notFound = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (HostilePeer peer = new HostilePeer((head, out) -> {
            boolean first = connections.getAndIncrement() == 0;
            for (byte b : notFound) {
                out.write(b);
                out.flush();
                if (!first) {
                    Thread.sleep(100);
                }
            }
        })) {
            long start = System.nanoTime();
            DoctorReport report = examine(peer);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals("not-found", report.diagnosis().cause().code(), report.diagnosis().summary());
            List<DoctorStep> probes = report.steps().stream().filter(step -> step.step().startsWith("probe: ")).toList();
            assertEquals(1, probes.size(), "no probe after the first that got no whole answer: " + report.steps());
            assertTrue(probes.get(0).detail().startsWith("no whole answer within "), probes.get(0).detail());
            assertTrue(millis < 2 * TIMEOUT_MILLIS + 500, "took " + millis + " ms");
        }
    }
}
