package dev.wscope.protocol;

import dev.wscope.core.payload.OutgoingMessage;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.protocol.ProtocolMessage;
import dev.wscope.core.protocol.Subscription;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.session.Connection;
import dev.wscope.session.SpokenConnection;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An open connection that speaks a protocol: raw messages pass as they are, a protocol message waits until the
 * protocol is ready for it and goes out framed. Thread contract: as {@link Connection}; sends are serialised so
 * the frames of one protocol message stay together and in the order encoded.
 */
public final class ProtocolConnection implements SpokenConnection {
    private final Connection connection;
    private final ProtocolDriver driver;

    ProtocolConnection(Connection connection, ProtocolDriver driver) {
        this.connection = connection;
        this.driver = driver;
    }

    public ProtocolDriver driver() {
        return driver;
    }

    /** Completes once the protocol is ready; see {@link ProtocolDriver#ready()}. */
    @Override
    public CompletableFuture<Void> ready() {
        return driver.ready();
    }

    /**
     * Waits, at most timeoutMillis, until the protocol is ready for the message, then sends its frames. Fails with
     * {@link ProtocolRejected} when the server refused, a PayloadException when the message is wrong, an
     * IOException when the wait ran out or the write failed.
     */
    @Override
    public void send(ProtocolMessage message, long timeoutMillis) throws IOException, PayloadException, InterruptedException {
        await(driver.readyFor(message), "the " + message.verb(), timeoutMillis);
        synchronized (this) {
            for (OutgoingMessage frame : driver.encode(message)) {
                connection.send(frame);
            }
        }
    }

    @Override
    public List<Subscription> subscriptions() {
        return driver.subscriptions();
    }

    /** Waits, at most timeoutMillis, until the protocol is ready; fails as {@link #send(ProtocolMessage, long)}. */
    public void awaitReady(long timeoutMillis) throws IOException, InterruptedException {
        await(driver.ready(), "a message", timeoutMillis);
    }

    private static void await(CompletableFuture<Void> readiness, String what, long timeoutMillis)
            throws IOException, InterruptedException {
        try {
            readiness.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProtocolRejected rejected) {
                throw rejected;
            }
            throw new IOException("the protocol did not open: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("not sent: the server had not made " + what + " possible after " + timeoutMillis
                    + " ms (no answer to the protocol's handshake or subscription)", e);
        }
    }

    @Override
    public synchronized void send(OutgoingMessage message) throws IOException {
        connection.send(message);
    }

    @Override
    public void ping(byte[] payload) throws IOException, PayloadException {
        connection.ping(payload);
    }

    @Override
    public void close(int code, String reason) throws IOException, PayloadException {
        connection.close(code, reason);
    }

    @Override
    public CompletableFuture<TimelineEvent.Closed> closed() {
        return connection.closed();
    }
}
