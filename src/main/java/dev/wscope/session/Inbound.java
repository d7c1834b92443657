package dev.wscope.session;

/**
 * What a protocol layer hears of a connection, beside the timeline: the engine calls it on its reading thread,
 * in order, for every data message (while capture is paused too). A raw connection has none, so a raw flood
 * pays nothing for protocols.
 */
public interface Inbound {
    /** The connection opened; out sends on it (recorded on the timeline). Called before any message arrives. */
    void opened(Outbound out);

    /** A whole data message from the server, already on the timeline. */
    void received(boolean binary, byte[] payload);

    /** The connection closed, whoever closed it: timers stop. */
    void closed();
}
