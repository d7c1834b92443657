package dev.wscope.engine.doctor;

import dev.wscope.core.diagnosis.AfterUpgradeRules;
import dev.wscope.core.diagnosis.Cause;
import dev.wscope.core.diagnosis.Diagnosis;
import dev.wscope.core.diagnosis.RawRequest;
import dev.wscope.core.diagnosis.RawResponse;
import dev.wscope.core.text.ControlChars;
import dev.wscope.engine.doctor.ServerFrameReader.Ended;
import dev.wscope.engine.doctor.ServerFrameReader.Frame;
import dev.wscope.engine.doctor.ServerFrameReader.NotFrames;
import dev.wscope.engine.doctor.ServerFrameReader.Read;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The websocket step. A server may accept the upgrade and refuse the client a moment later (a close frame with
 * its reason, a dropped connection, an HTTP 400 written into the stream as engine.io does), so the doctor first
 * listens for a moment, then sends its own close and reads the answer. Every frame is checked on the way
 * (RFC 6455 5.1: a server never masks).
 */
final class AfterUpgrade {
    /** How long to listen after the 101: servers that refuse at once do so within a few milliseconds. */
    static final int LISTEN_MILLIS = 500;
    /** A server streaming from the first moment need not be read for the whole moment. */
    private static final int MAX_FRAMES = 64;

    private final Socket channel;
    private final RawRequest sent;
    private final List<String> offered;
    private final int timeout;
    private int texts;
    private int binaries;
    private int controls;

    private AfterUpgrade(Socket channel, RawRequest sent, List<String> offered, int timeout) {
        this.channel = channel;
        this.sent = sent;
        this.offered = offered;
        this.timeout = timeout;
    }

    /** The step's detail when the connection holds; a StepFailure naming what the server did otherwise. */
    static String check(Socket channel, RawRequest sent, RawResponse answer, List<String> offered, int timeout)
            throws StepFailure {
        return new AfterUpgrade(channel, sent, offered, timeout).check(compressed(answer));
    }

    private String check(boolean compressed) throws StepFailure {
        long start = System.nanoTime();
        int listen = Math.min(LISTEN_MILLIS, timeout);
        long listenEnd = start + listen * 1_000_000L;
        long stepEnd = listenEnd + Math.min(timeout, 2000) * 1_000_000L;
        ServerFrameReader frames;
        try {
            frames = new ServerFrameReader(channel, compressed);
        } catch (IOException e) {
            return "open; the connection could not be read (" + e.getMessage() + ")";
        }
        for (int i = 0; i < MAX_FRAMES; i++) {
            Read read = frames.next(listenEnd, stepEnd);
            if (read instanceof ServerFrameReader.Quiet) {
                break;
            }
            judgeEarly(read);
        }
        String heard = heard(listen);
        try {
            channel.getOutputStream().write(ClientFrames.close(1000, "wscope doctor"));
            channel.getOutputStream().flush();
        } catch (IOException e) {
            return heard + "; the close frame could not be sent (" + e.getMessage() + ")";
        }
        if (!frames.aligned()) {
            return heard + "; a frame was still arriving, so the answer to the close was not read";
        }
        Read reply = frames.next(stepEnd, stepEnd);
        if (reply instanceof Frame frame) {
            refuseMasked(frame);
            return heard + (frame.close() ? "; close handshake completed" : "; the server sent data before answering the close");
        }
        return heard + "; the server did not answer the close frame";
    }

    /** What the server sent before the doctor's close: fine when it is frames a server may send. */
    private void judgeEarly(Read read) throws StepFailure {
        if (read instanceof Ended) {
            throw new StepFailure("websocket", "the server dropped the connection right after the 101",
                    AfterUpgradeRules.dropped());
        }
        if (read instanceof NotFrames notFrames) {
            String text = new String(notFrames.bytes(), StandardCharsets.UTF_8);
            throw new StepFailure("websocket", "the bytes after the 101 are not WebSocket frames: "
                    + ControlChars.escape(text.length() > 60 ? text.substring(0, 60) + "…" : text),
                    AfterUpgradeRules.notFrames(sent, text));
        }
        Frame frame = (Frame) read;
        refuseMasked(frame);
        if (frame.close()) {
            throw new StepFailure("websocket", "the server closed at once: " + frame.closeCode()
                    + (frame.closeReason().isEmpty() ? "" : " " + ControlChars.escape(frame.closeReason())),
                    AfterUpgradeRules.closedAtOnce(sent, frame.closeCode(), frame.closeReason(), offered));
        }
        switch (frame.opcode()) {
            case Frame.TEXT -> texts++;
            case Frame.BINARY -> binaries++;
            case 0 -> { } // a later part of a message already counted
            default -> controls++;
        }
    }

    private static void refuseMasked(Frame frame) throws StepFailure {
        if (frame.masked()) {
            throw new StepFailure("websocket", "masked frame from the server", new Diagnosis(Cause.PROTOCOL_VIOLATION,
                    "The server sent a masked frame: RFC 6455 (5.1) forbids a server to mask its frames, and a client"
                            + " must fail the connection on one (Wscope closes it with 1002).",
                    "Fix the server's framing: a server sends its frames unmasked; only clients mask."));
        }
    }

    private String heard(int listen) {
        List<String> parts = new ArrayList<>();
        count(parts, texts, "text message");
        count(parts, binaries, "binary message");
        count(parts, controls, "ping");
        return "open; " + (parts.isEmpty() ? "nothing" : String.join(", ", parts)) + " from the server in its first "
                + listen + " ms";
    }

    private static void count(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(n + " " + what + (n == 1 ? "" : "s"));
        }
    }

    private static boolean compressed(RawResponse answer) {
        String extensions = answer.header("Sec-WebSocket-Extensions");
        return extensions != null && extensions.contains("permessage-deflate");
    }
}
