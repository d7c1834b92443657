package dev.wscope.testing;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.payload.PingPayload;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.session.Connection;
import dev.wscope.session.Connector;
import dev.wscope.session.Inbound;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The engine's ports as a test drives them, with no socket: each connect waits until the test opens or fails
 * it; an open connection records what is sent and closes when the test (or a close call) says so.
 */
public final class FakeConnector implements Connector {
    private final List<ConnectRequest> requests = new ArrayList<>();
    private final List<CompletableFuture<FakeConnection>> attempts = new ArrayList<>();
    private Inbound inbound;

    @Override
    public synchronized CompletableFuture<FakeConnection> connect(ConnectRequest request, SessionTimeline timeline,
                                                                  Inbound listener) {
        requests.add(request);
        inbound = listener;
        CompletableFuture<FakeConnection> attempt = new CompletableFuture<>();
        attempts.add(attempt);
        return attempt;
    }

    /** What listens to the latest attempt's messages beside the timeline (a protocol layer), or null. */
    public synchronized Inbound inbound() {
        return inbound;
    }

    public synchronized List<ConnectRequest> requests() {
        return List.copyOf(requests);
    }

    /** The latest attempt, to open, fail or see cancelled. */
    public synchronized CompletableFuture<FakeConnection> latest() {
        if (attempts.isEmpty()) {
            throw new AssertionError("no connection was attempted");
        }
        return attempts.get(attempts.size() - 1);
    }

    /** Opens the latest attempt and returns its connection. */
    public FakeConnection open() {
        FakeConnection connection = new FakeConnection();
        latest().complete(connection);
        return connection;
    }

    /** An open connection that records its frames. */
    public static final class FakeConnection implements Connection {
        private final List<OutgoingMessage> sent = new ArrayList<>();
        private final List<String> closes = new ArrayList<>();
        private final CompletableFuture<TimelineEvent.Closed> closed = new CompletableFuture<>();
        private IOException sendFailure;

        @Override
        public synchronized void send(OutgoingMessage message) throws IOException {
            if (sendFailure != null) {
                throw sendFailure;
            }
            sent.add(message);
        }

        @Override
        public synchronized void ping(byte[] payload) throws IOException, PayloadException {
            PingPayload.checked(payload);
            if (sendFailure != null) {
                throw sendFailure;
            }
        }

        /** Records the close frame; the server's answer comes when the test calls {@link #closedBy}. */
        @Override
        public synchronized void close(int code, String reason) {
            closes.add(code + " " + reason);
        }

        @Override
        public CompletableFuture<TimelineEvent.Closed> closed() {
            return closed;
        }

        public void closedBy(ClosedBy by, int code) {
            closed.complete(new TimelineEvent.Closed(code, "", by));
        }

        /** Every send and ping fails so from now on, as a broken socket's writes do. */
        public synchronized void failSendsWith(IOException failure) {
            sendFailure = failure;
        }

        public synchronized List<OutgoingMessage> sent() {
            return List.copyOf(sent);
        }

        public synchronized List<String> closes() {
            return List.copyOf(closes);
        }
    }
}
