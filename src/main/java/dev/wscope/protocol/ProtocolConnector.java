package dev.wscope.protocol;

import dev.wscope.core.protocol.ProtocolSetup;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.session.Connection;
import dev.wscope.session.Connector;
import dev.wscope.session.Inbound;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * Opens connections that speak the request's protocol: the driver dials as the protocol wants and listens to
 * every message. A raw request goes straight to the engine, at no cost.
 */
public final class ProtocolConnector implements Connector {
    private final Connector engine;
    private final BiFunction<ProtocolSetup, SessionTimeline, ProtocolDriver> drivers;

    public ProtocolConnector(Connector engine) {
        this(engine, Protocols::driver);
    }

    /** drivers: a driver for each connection (Protocols::driver; a test's own in tests). */
    public ProtocolConnector(Connector engine, BiFunction<ProtocolSetup, SessionTimeline, ProtocolDriver> drivers) {
        this.engine = engine;
        this.drivers = drivers;
    }

    /** A raw request: the engine's connection; else a {@link ProtocolConnection}. inbound must be null. */
    @Override
    public CompletableFuture<? extends Connection> connect(ConnectRequest request, SessionTimeline timeline, Inbound inbound) {
        ProtocolSetup setup = request.options().protocol();
        if (setup.isRaw()) {
            return engine.connect(request, timeline, inbound);
        }
        ProtocolDriver driver;
        try {
            driver = drivers.apply(setup, timeline);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<? extends Connection> opening = engine.connect(driver.prepare(request), timeline, driver);
        CompletableFuture<ProtocolConnection> result = opening.thenApply(opened -> new ProtocolConnection(opened, driver));
        result.whenComplete((opened, error) -> {
            if (result.isCancelled()) {
                opening.cancel(false); // the engine stops its attempt and says so on the timeline
            }
        });
        return result;
    }
}
