package dev.wscope.engine;

import jakarta.websocket.EndpointConfig;
import java.util.Optional;

/**
 * What the connection checks in incoming frame headers before Tyrus reads them, whom it tells of a refusal, and
 * who takes the control frames Tyrus would hide. It travels
 * to WscopeClientContainer in the endpoint config's user properties, the one thing Tyrus hands it per attempt.
 */
record FrameChecks(long limit, Refusal refusal, ServerControlFrames controls) {
    private static final String KEY = FrameChecks.class.getName();

    void putInto(EndpointConfig config) {
        config.getUserProperties().put(KEY, this);
    }

    static Optional<FrameChecks> of(EndpointConfig config) {
        return Optional.ofNullable((FrameChecks) config.getUserProperties().get(KEY));
    }
}
