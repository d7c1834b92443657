package dev.wscope.engine;

import jakarta.websocket.CloseReason;

/** Fails a connection on what the server sent: says why on the timeline, then closes with the code. */
@FunctionalInterface
interface Refusal {
    /** The message is the whole sentence for the timeline's error event; the code goes in the close frame. */
    void refuse(CloseReason.CloseCode code, String message);
}
