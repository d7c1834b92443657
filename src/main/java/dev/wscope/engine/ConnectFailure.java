package dev.wscope.engine;

/** A connection that could not open; the message is the cause in words a user can act on. */
public final class ConnectFailure extends RuntimeException {
    public ConnectFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
