package dev.wscope.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventMaskTest {
    private static final String TOKEN = "tok-123456";

    private final SessionTimeline timeline = new SessionTimeline(() -> 0L);

    @Test
    void whatThisSideRecords_hasTheSecretMasked_whatTheServerSentIsLeft() {
        timeline.setMask(text -> text.replace(TOKEN, "••••••"));
        timeline.append(new TimelineEvent.Connecting("ws://h/feed?token=" + TOKEN));
        timeline.append(new TimelineEvent.HandshakeRequest("GET /feed?token=" + TOKEN + " HTTP/1.1",
                List.of(new Header("Authorization", "Bearer " + TOKEN), new Header("Host", "h"))));
        timeline.append(TimelineEvent.Message.text(Direction.OUT, "{\"auth\":\"" + TOKEN + "\"}"));
        timeline.append(TimelineEvent.Message.text(Direction.IN, "echo " + TOKEN));
        timeline.append(new TimelineEvent.Error("cannot reach ws://h/feed?token=" + TOKEN));

        assertEquals("ws://h/feed?token=••••••", ((TimelineEvent.Connecting) timeline.get(0).event()).url());
        TimelineEvent.HandshakeRequest request = (TimelineEvent.HandshakeRequest) timeline.get(1).event();
        assertEquals("GET /feed?token=•••••• HTTP/1.1", request.line());
        assertEquals(List.of(new Header("Authorization", "Bearer ••••••"), new Header("Host", "h")), request.headers());
        assertEquals("{\"auth\":\"••••••\"}", ((TimelineEvent.Message) timeline.get(2).event()).text());
        assertEquals("echo " + TOKEN, ((TimelineEvent.Message) timeline.get(3).event()).text(), "received as it came");
        assertEquals("cannot reach ws://h/feed?token=••••••", ((TimelineEvent.Error) timeline.get(4).event()).message());
    }

    @Test
    void withoutAMask_everythingIsRecordedAsIs() {
        timeline.append(new TimelineEvent.Connecting("ws://h/feed?token=" + TOKEN));
        timeline.setMask(null);
        timeline.append(TimelineEvent.Message.text(Direction.OUT, TOKEN));

        assertEquals("ws://h/feed?token=" + TOKEN, ((TimelineEvent.Connecting) timeline.get(0).event()).url());
        assertEquals(TOKEN, ((TimelineEvent.Message) timeline.get(1).event()).text());
    }
}
