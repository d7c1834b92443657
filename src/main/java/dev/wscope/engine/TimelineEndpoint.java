package dev.wscope.engine;

import dev.wscope.core.diagnosis.IdleDrop;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.Direction;
import dev.wscope.core.timeline.EventText;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.session.Inbound;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Extension;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Tyrus endpoint of one connection: every callback becomes a timeline event. Callbacks run on Tyrus
 * threads and touch only the timeline and the close future.
 */
final class TimelineEndpoint extends Endpoint implements Refusal, ServerControlFrames {
    private static final String CLOSE_FRAME_CLASS = "org.glassfish.tyrus.core.frame.CloseFrame";

    private final SessionTimeline timeline;
    private final int maxMessageBytes;
    /** The close frame Wscope sent, once it sent one; null while only the server or the network can end it. */
    private final AtomicReference<CloseReason> sentClose = new AtomicReference<>();
    private final CompletableFuture<TimelineEvent.Closed> closed = new CompletableFuture<>();
    private final Fragments fragments;
    /** False when the user turned the automatic pong off, to see how the server takes a pong that never comes. */
    private final boolean autoPong;
    private final PingsInFlight pingsInFlight = new PingsInFlight();
    /** The server's close frame had no status code: Tyrus then reports a close of its own (1000). */
    private volatile boolean closeWithoutCode;
    private volatile Session session;
    private volatile MessageWriter writer;
    /** The protocol layer's ear, or null for a raw connection. */
    private final Inbound inbound;
    /** Set once Wscope failed the connection: what still comes from the server is not recorded. */
    private volatile boolean refused;

    TimelineEndpoint(SessionTimeline timeline, int maxMessageBytes, boolean autoPong, Inbound inbound) {
        this.timeline = timeline;
        this.inbound = inbound;
        this.maxMessageBytes = maxMessageBytes;
        this.fragments = new Fragments(maxMessageBytes);
        this.autoPong = autoPong;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        this.session = session;
        this.writer = new MessageWriter(session, timeline);
        // Set here rather than after connectToServer returns: a server that closes right after the handshake
        // leaves an already-closed session there, whose setters throw.
        // Without an idle timeout Tyrus stops re-arming a timer for every message: ~1.6x more messages a second.
        session.setMaxIdleTimeout(-1);
        // Partial handlers, with the fragments joined here: Tyrus walks and sorts its whole-message handlers
        // for every message (and builds a list of decoders), where a partial one is called straight away.
        // So the pong handler, the one whole handler left, costs a message nothing, and every pong is
        // recorded from the start, unsolicited heartbeats included.
        session.addMessageHandler(String.class, (MessageHandler.Partial<String>) (text, last) ->
                received(false, text.getBytes(StandardCharsets.UTF_8), last));
        // byte[], not ByteBuffer: Tyrus hands over the frame's own array (buffer.array()), where a ByteBuffer
        // had to be copied; for a feed of 1 MiB messages that copy was a second humongous array per message.
        session.addMessageHandler(byte[].class, (MessageHandler.Partial<byte[]>) (bytes, last) ->
                received(true, bytes, last));
        session.addMessageHandler(PongMessage.class, (MessageHandler.Whole<PongMessage>) pong -> {
            byte[] payload = copy(pong.getApplicationData());
            timeline.append(TimelineEvent.Control.pongIn(payload, pingsInFlight.answered(payload, System.nanoTime())));
        });
        String subprotocol = session.getNegotiatedSubprotocol();
        timeline.append(new TimelineEvent.Opened(subprotocol == null || subprotocol.isEmpty() ? null : subprotocol,
                session.getNegotiatedExtensions().stream().map(Extension::getName).toList()));
        if (inbound != null) {
            inbound.opened(writer);
        }
    }

    /** Sends the connection's data messages; set in onOpen, which comes before any use. */
    MessageWriter writer() {
        return writer;
    }

    /**
     * Tyrus's transport cap is looser than the limit (see WebSocketConnector) and partial handlers are not
     * checked at all, so the limit is enforced here (Fragments checks it): an oversized message is not recorded
     * and the session closes with 1009, as RFC 6455 §7.4.1 asks; a fragmented one as soon as it passes the limit.
     */
    private void received(boolean binary, byte[] piece, boolean last) {
        if (refused) {
            return;
        }
        Fragments.Outcome outcome = fragments.add(piece, last);
        if (outcome instanceof Fragments.Outcome.Whole whole) {
            timeline.appendReceived(binary, whole.payload());
            if (inbound != null) {
                inbound.received(binary, whole.payload());
            }
        } else if (outcome instanceof Fragments.Outcome.OverLimit over) {
            String size = EventText.size(over.sizeSoFar());
            String how = over.fragmented() ? " arrived in fragments" : " arrived";
            String what = over.complete() ? "A " + size + " message" + how : "A message of more than " + size + how;
            refuse(CloseReason.CloseCodes.TOO_BIG, what + ", over the limit of " + EventText.size(maxMessageBytes)
                    + ", so Wscope closed the connection (1009). Raise the maximum message size to receive it.");
        }
    }

    /**
     * The server's ping, which Wscope answers rather than Tyrus, so that both frames are on the timeline and the
     * answer can be left out. Recorded before the pong is written, as a sent message is. On the reading thread,
     * as Tyrus answers them; after onOpen.
     */
    @Override
    public void ping(byte[] payload) {
        if (refused) {
            return;
        }
        timeline.append(TimelineEvent.Control.of(true, Direction.IN, payload));
        if (!autoPong || !session.isOpen() || sentClose.get() != null) {
            return; // after Wscope's close frame nothing more goes out
        }
        timeline.append(TimelineEvent.Control.of(false, Direction.OUT, payload));
        try {
            session.getBasicRemote().sendPong(ByteBuffer.wrap(payload));
        } catch (IOException | RuntimeException e) {
            timeline.append(new TimelineEvent.Error("The pong above was not sent: " + Failures.rootMessage(e)));
        }
    }

    @Override
    public void closeWithoutCode() {
        closeWithoutCode = true;
    }

    /** Called before Wscope sends a ping of its own, so that the pong answering it tells the round-trip time. */
    void pingSent(byte[] payload) {
        pingsInFlight.sent(payload, System.nanoTime());
    }

    /** Called on the reading thread, after onOpen (Tyrus opens the session before it reads any frame). */
    @Override
    public void refuse(CloseReason.CloseCode code, String message) {
        refused = true;
        timeline.append(new TimelineEvent.Error(message));
        CloseReason reason = new CloseReason(code, code == CloseReason.CloseCodes.TOO_BIG ? "Message too big"
                : "Protocol error");
        markClosingByClient(reason);
        try {
            session.close(reason);
        } catch (IOException e) {
            // the socket is already going; the closed event still follows from onClose
        }
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        int code = reason.getCloseCode().getCode();
        String phrase = reason.getReasonPhrase();
        CloseReason sent = sentClose.get();
        ClosedBy by;
        if (code == CloseReason.CloseCodes.CLOSED_ABNORMALLY.getCode()) {
            by = ClosedBy.NETWORK;
        } else if (sent != null) {
            // Tyrus reports either the frame we sent or, when the server's answer wins a race for its lock,
            // the answer (often the code alone). Record what Wscope sent, so the event does not depend on timing.
            by = ClosedBy.CLIENT;
            code = sent.getCloseCode().getCode();
            phrase = sent.getReasonPhrase();
        } else if (answersServerCloseFrame()) {
            by = ClosedBy.SERVER;
        } else if (closeWithoutCode) {
            // Tyrus takes the empty close frame for a fault and closes 1000 itself; RFC 6455 (7.1.5) says 1005
            by = ClosedBy.SERVER;
            code = CloseReason.CloseCodes.NO_STATUS_CODE.getCode();
            phrase = "";
        } else {
            by = ClosedBy.CLIENT;
            timeline.append(new TimelineEvent.Error(localCloseMessage(code, phrase)));
        }
        TimelineEvent.Closed event = new TimelineEvent.Closed(code, phrase, by);
        TimelineEntry recorded = timeline.append(event);
        IdleDrop.explain(timeline, event, recorded.epochMillis())
                .ifPresent(explanation -> timeline.append(new TimelineEvent.Error(explanation)));
        if (inbound != null) {
            inbound.closed();
        }
        closed.complete(event);
    }

    /**
     * Tyrus calls onClose the same way when the server's close frame arrives and when Tyrus itself closes
     * the session (a protocol error). Only the first
     * comes through CloseFrame.respond, so the call stack is the one place that tells them apart.
     */
    private static boolean answersServerCloseFrame() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                frame -> frame.getClassName().equals(CLOSE_FRAME_CLASS) && frame.getMethodName().equals("respond")));
    }

    /** A frame over the limit never gets this far: FrameHeaderScanner refuses it at its header. */
    private static String localCloseMessage(int code, String reason) {
        String what = code + (reason == null || reason.isEmpty() ? "" : " " + reason);
        return "Wscope closed the connection after a protocol problem in what the server sent (" + what + ")";
    }

    @Override
    public void onError(Session session, Throwable error) {
        timeline.append(new TimelineEvent.Error(Failures.describe(error)));
    }

    /** Called before Wscope sends a close frame of its own. */
    void markClosingByClient(CloseReason reason) {
        sentClose.compareAndSet(null, reason);
    }

    CompletableFuture<TimelineEvent.Closed> closedFuture() {
        return closed;
    }

    private static byte[] copy(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
