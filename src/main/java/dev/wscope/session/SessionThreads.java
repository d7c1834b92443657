package dev.wscope.session;

import java.util.concurrent.Executor;

/**
 * Where a session's work runs: blocking engine calls on background, every change of state on owner (the FX
 * thread in the window; the caller's thread in tests), and the waits before reconnections through delays.
 */
public record SessionThreads(Executor background, Executor owner, Delays delays) {
    public static SessionThreads of(Executor background, Executor owner) {
        return new SessionThreads(background, owner, Delays.on(owner));
    }
}
