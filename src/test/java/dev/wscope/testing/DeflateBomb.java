package dev.wscope.testing;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;

/** A permessage-deflate message of zeros: about 1 KiB on the wire for each MiB it inflates to. */
public final class DeflateBomb {
    private static final byte[] MEBIBYTE_OF_ZEROS = new byte[1 << 20];

    private DeflateBomb() {
    }

    /**
     * The compressed payload of a message of that many MiB of zeros, its closing 00 00 FF FF taken off as
     * RFC 7692 asks. Once the window holds only zeros, every further MiB compresses to the same bytes, so
     * they are compressed once and repeated: a 2 GiB bomb is ready in milliseconds.
     */
    public static byte[] ofMebibytes(int mebibytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] first = flushed(deflater);
        byte[] repeated = flushed(deflater);
        if (!Arrays.equals(repeated, flushed(deflater))) {
            throw new IllegalStateException("zlib no longer repeats itself here: compress the whole message instead");
        }
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream(first.length + repeated.length * mebibytes);
        out.writeBytes(first);
        for (int i = 1; i < mebibytes; i++) {
            out.writeBytes(repeated);
        }
        byte[] message = out.toByteArray();
        return Arrays.copyOf(message, message.length - 4);
    }

    private static byte[] flushed(Deflater deflater) {
        deflater.setInput(MEBIBYTE_OF_ZEROS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }
}
