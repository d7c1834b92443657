package dev.wscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wscope.core.request.ConnectOptions;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.testing.HostilePeer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A 101 that chooses a subprotocol or an extension the client never offered: RFC 6455 4.1 says fail the connection. */
class UnofferedChoiceIT {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sec-WebSocket-Protocol: mqtt | the subprotocol \"mqtt\", which Wscope did not offer (it offered chat)",
        "Sec-WebSocket-Extensions: x-webkit-deflate-frame | the extension \"x-webkit-deflate-frame\", which Wscope did not offer (it offered none)",
        "Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover | the extension \"permessage-deflate\", which Wscope did not offer (it offered none)"})
    void answerChoosingWhatWasNotOffered_failsTheConnect_namingIt(String header, String named) throws Exception {
        try (EngineFixture fixture = new EngineFixture();
             HostilePeer peer = new HostilePeer((head, out) -> out.write(HostilePeer.switching(head, header + "\r\n")))) {
            SessionTimeline timeline = new SessionTimeline();
            ConnectRequest request = new ConnectRequest(peer.url("ws"), List.of(), List.of(), List.of("chat"),
                    ConnectOptions.defaults());

            Throwable failure = fixture.failure(request, timeline, 5);

            assertTrue(failure.getMessage().contains("chose " + named), failure.getMessage());
            TimelineEvent.Error error = TimelineWait.await(timeline, TimelineEvent.Error.class);
            assertEquals(failure.getMessage(), error.message());
            assertEquals(101, TimelineWait.await(timeline, TimelineEvent.HandshakeResponse.class).status());
            assertTrue(TimelineWait.events(timeline, TimelineEvent.Opened.class).isEmpty(), TimelineWait.describe(timeline));
        }
    }
}
