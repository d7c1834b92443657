package dev.wscope.engine;

import dev.wscope.core.timeline.EventText;
import jakarta.websocket.CloseReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.glassfish.tyrus.core.frame.Frame;
import org.glassfish.tyrus.ext.extension.deflate.PerMessageDeflateExtension;

/**
 * permessage-deflate (RFC 7692) whose incoming side inflates in 64 KiB steps and stops as soon as a message
 * passes the limit, closing with 1009. Tyrus's own extension inflates a whole frame into memory first: a 2 MB
 * frame of zeros became 2 GiB (the process reached 2.7 GB), and when that failed it passed the frame on still
 * compressed, so Tyrus closed with a misleading "1002 RSV bit(s) incorrectly set". Sending stays Tyrus's.
 * One instance serves one connection (the connector makes one per attempt). Thread contract: Tyrus calls
 * processIncoming on the connection's reading thread, one frame at a time.
 */
final class BoundedDeflateExtension extends PerMessageDeflateExtension {
    private static final byte[] TAIL = {0x00, 0x00, (byte) 0xff, (byte) 0xff};
    private static final int STEP = 64 * 1024;
    private static final byte[] EMPTY = new byte[0];

    private final long limit;
    private final Refusal refusal;

    BoundedDeflateExtension(long limit, Refusal refusal) {
        this.limit = limit;
        this.refusal = refusal;
    }

    /** One stream for the whole connection: the server may refer back to earlier messages (context takeover). */
    private final Inflater inflater = new Inflater(true);
    private final byte[] buffer = new byte[STEP];
    /** Inflated bytes of the message so far, over its frames. */
    private long messageSize;
    /** Continuation frames carry no RSV1: whether they belong to a compressed message is known from its first. */
    private boolean inCompressedMessage;
    private boolean refused;

    @Override
    public Frame processIncoming(ExtensionContext context, Frame frame) {
        if (frame.isControlFrame()) {
            return frame;
        }
        boolean compressed = frame.isRsv1() || (frame.getOpcode() == 0 && inCompressedMessage);
        if (refused || !compressed) {
            return refused ? emptied(frame) : frame;
        }
        inCompressedMessage = !frame.isFin();
        try {
            byte[] inflated = inflate(frame);
            return inflated == null ? emptied(frame) : Frame.builder(frame).payloadData(inflated).rsv1(false).build();
        } catch (DataFormatException e) {
            refuse(CloseReason.CloseCodes.PROTOCOL_ERROR, "The server's compressed data is not valid permessage-deflate ("
                    + e.getMessage() + "), so Wscope closed the connection (1002).");
            return emptied(frame);
        }
    }

    /** The frame's inflated bytes, or null when the message passed the limit (the connection is then refused). */
    private byte[] inflate(Frame frame) throws DataFormatException {
        List<byte[]> steps = new ArrayList<>();
        inflater.setInput(frame.getPayloadData(), 0, (int) frame.getPayloadLength());
        boolean within = inflateInput(steps);
        if (within && frame.isFin()) {
            inflater.setInput(TAIL); // the sender strips the sync flush's empty block from every message's end
            within = inflateInput(steps);
        }
        if (!within) {
            refuse(CloseReason.CloseCodes.TOO_BIG, "A compressed message inflated past the limit of "
                    + EventText.size(limit) + ", so Wscope stopped inflating it and closed the connection (1009)."
                    + " Raise the maximum message size to receive it.");
            return null;
        }
        if (frame.isFin()) {
            messageSize = 0;
            if (inflater.finished()) {
                inflater.reset(); // the sender ended its stream with the message (no context takeover)
            }
        }
        return join(steps);
    }

    /** Inflates all the input set, step by step; false as soon as the message passes the limit. */
    private boolean inflateInput(List<byte[]> steps) throws DataFormatException {
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer, 0, (int) Math.min(STEP, limit - messageSize + 1));
            if (n == 0) {
                if (inflater.needsDictionary()) {
                    throw new DataFormatException("it asks for a preset dictionary");
                }
                if (inflater.needsInput()) {
                    return true;
                }
            }
            messageSize += n;
            if (messageSize > limit) {
                return false;
            }
            steps.add(Arrays.copyOf(buffer, n));
        }
        return true;
    }

    private void refuse(CloseReason.CloseCode code, String message) {
        refused = true;
        refusal.refuse(code, message);
    }

    /** The steps as one payload; a message of one step (most are) is not copied again. */
    private static byte[] join(List<byte[]> steps) {
        if (steps.size() == 1) {
            return steps.get(0);
        }
        byte[] joined = new byte[steps.stream().mapToInt(step -> step.length).sum()];
        int at = 0;
        for (byte[] step : steps) {
            System.arraycopy(step, 0, joined, at, step.length);
            at += step.length;
        }
        return joined;
    }

    /** A frame with nothing in it, for Tyrus to pass on after the connection was refused: nothing is recorded. */
    private static Frame emptied(Frame frame) {
        return Frame.builder(frame).payloadData(EMPTY).rsv1(false).build();
    }

    @Override
    public void destroy(ExtensionContext context) {
        super.destroy(context);
        inflater.end();
    }
}
