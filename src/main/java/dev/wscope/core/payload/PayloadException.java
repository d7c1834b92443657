package dev.wscope.core.payload;

/** Input that cannot become a message; the message says what is wrong in words a user can act on. */
public final class PayloadException extends Exception {
    public PayloadException(String message) {
        super(message);
    }
}
