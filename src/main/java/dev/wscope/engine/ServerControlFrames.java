package dev.wscope.engine;

/**
 * The server's control frames Tyrus would hide, as FrameHeaderScanner finds them: its pings (which Tyrus would
 * answer unseen) and a close frame without a status code (which Tyrus takes for a protocol error of its own).
 * Called on the connection's reading thread, in the order of the stream.
 */
interface ServerControlFrames {
    /** A ping, taken out of the stream: answering it is the receiver's job. */
    void ping(byte[] payload);

    /** A close frame with no status code is coming to Tyrus (RFC 6455 7.1.5: the code is then 1005). */
    void closeWithoutCode();
}
