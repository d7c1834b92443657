package dev.wscope.protocol;

/** The server refused at the protocol's level (connect_error, ERROR, close 4403, reject_subscription): its words. */
public final class ProtocolRejected extends RuntimeException {
    /** The cause code of the contract, on the timeline's error event and in the doctor's report. */
    public static final String CAUSE = "protocol-rejected";

    public ProtocolRejected(String message) {
        super(message);
    }
}
