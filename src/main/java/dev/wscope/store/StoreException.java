package dev.wscope.store;

import java.io.IOException;

/** A file could not be read or written; the message names the file and says what to do, in one line. */
public final class StoreException extends IOException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
