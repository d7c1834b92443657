package dev.wscope.store;

import dev.wscope.core.timeline.EventText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** UTF-8 text files in and out, with failures told in words ("permission denied", "not UTF-8 text"). */
public final class TextFiles {
    private TextFiles() {
    }

    public static String read(Path file) throws StoreException {
        return read(file, Integer.MAX_VALUE - 8, "file");
    }

    /**
     * The text of a file of at most maxBytes, refused before it is read when larger: a hostile or mistaken
     * file of gigabytes would take the memory of its text several times over once parsed. `what` names the
     * kind of file in the refusal ("collection file").
     */
    public static String read(Path file, long maxBytes, String what) throws StoreException {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + reason(e), e);
        }
        if (size > maxBytes) {
            throw new StoreException(file + " is " + EventText.size(size) + ", over the " + EventText.size(maxBytes)
                    + " limit for a " + what);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new StoreException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + reason(e), e);
        }
    }

    /** Writes an export atomically (no backup: it can be made again); a failure leaves the old file. */
    public static void replace(Path file, String text) throws StoreException {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder: choose a file name");
        }
        try {
            AtomicFile.standard().writeWithoutBackup(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + reason(e) + "; nothing was changed", e);
        }
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
