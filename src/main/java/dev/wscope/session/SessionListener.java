package dev.wscope.session;

import dev.wscope.core.request.ConnectRequest;

/** What a session tells its view, on the session's own thread. */
public interface SessionListener {
    /** The state changed; text is the status line to show ("Closed (1000): Normal closure"). */
    void stateChanged(ConnectionState state, String text);

    /** An attempt the user made failed (not one of a reconnection series): time to run the doctor on it. */
    void connectFailed(ConnectRequest request);
}
