package dev.wscope.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.DoctorReport;
import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class DnsDeadlineTest {
    @Test
    void aResolverThatNeverAnswers_failsTheDnsStepAtTheTimeout() {
        CountDownLatch never = new CountDownLatch(1);
        NameLookup silent = new NameLookup(host -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new java.net.UnknownHostException(host);
        });
        ConnectRequest request = new ConnectRequest("ws://api.example.test/feed", java.util.List.of(),
                java.util.List.of(), java.util.List.of(), new ConnectOptions(300, ConnectOptions.DEFAULT_MAX_MESSAGE_BYTES));
        long start = System.nanoTime();
        DoctorReport report = new Examination(request, Audience.COMMAND_LINE, silent).run();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(millis < 1_500, "ended " + millis + " ms after it began, with a 300 ms timeout");
        assertFalse(report.ok());
        assertEquals(Cause.DNS_FAILURE, report.diagnosis().cause());
        assertEquals("failed", report.steps().get(0).status().wire());
        assertTrue(report.summary().contains("did not answer"), report.summary());
        never.countDown();
    }
}
