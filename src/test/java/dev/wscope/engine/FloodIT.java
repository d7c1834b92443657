package dev.wscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.server.TestServer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A fast stream loses nothing and keeps its order: correctness only; speed is the benchmark's business. */
class FloodIT {
    @Test
    void twoHundredThousandMessages_areAllRecorded_inOrder() throws Exception {
        ExecutorService executor = Executors.newCachedThreadPool();
        try (TestServer server = TestServer.start("127.0.0.1", 0)) {
            SessionTimeline timeline = new SessionTimeline();
            LiveConnection connection = new WebSocketConnector(executor)
                    .connect(ConnectRequest.of(server.url("/flood?n=200000&size=100&mode=json")), timeline)
                    .get(10, TimeUnit.SECONDS);
            assertEquals(1000, connection.closed().get(120, TimeUnit.SECONDS).code());
            int expected = 0;
            boolean ended = false;
            for (int i = 0; i < timeline.size(); i++) {
                if (timeline.get(i).event() instanceof TimelineEvent.Message message) {
                    String text = message.text();
                    if (text.equals("__END__")) {
                        ended = true;
                        continue;
                    }
                    assertTrue(text.startsWith("{\"seq\":" + expected + ","), "message " + expected + " is " + text);
                    assertEquals(100, message.payload().length);
                    expected++;
                }
            }
            assertEquals(200_000, expected);
            assertTrue(ended, "the end marker came last");
            assertEquals(200_001, timeline.messagesIn());
        } finally {
            executor.shutdownNow();
        }
    }
}
