package dev.wscope.engine;

import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.server.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test server on an ephemeral loopback port plus a connector; closing it closes every connection it
 * opened and stops the server. One per test: in a try-with-resources, or as a JUnit extension in a field
 * ({@code @RegisterExtension final EngineFixture fixture = EngineFixture.perTest();}), closed after each test.
 */
public final class EngineFixture implements AutoCloseable, AfterEachCallback {
    public final TestServer server;
    public final WebSocketConnector connector;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "engine-it-connect");
        thread.setDaemon(true);
        return thread;
    });
    private final List<LiveConnection> opened = new ArrayList<>();

    public EngineFixture() throws IOException {
        this.server = TestServer.start("127.0.0.1", 0);
        this.connector = new WebSocketConnector(executor);
    }

    /** For a {@code @RegisterExtension} field: JUnit makes one per test, and closes it after the test. */
    public static EngineFixture perTest() {
        try {
            return new EngineFixture();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /** Opens a connection to a path of the test server with default options, waiting at most 20 s. */
    public LiveConnection open(String path, SessionTimeline timeline) throws Exception {
        return open(ConnectRequest.of(server.url(path)), timeline);
    }

    public LiveConnection open(ConnectRequest request, SessionTimeline timeline) throws Exception {
        LiveConnection connection = connector.connect(request, timeline).get(20, TimeUnit.SECONDS);
        synchronized (opened) {
            opened.add(connection);
        }
        return connection;
    }

    /** The cause a failed connect ended with, waiting at most the given seconds for it. */
    public Throwable failure(ConnectRequest request, SessionTimeline timeline, long seconds) throws Exception {
        try {
            LiveConnection unexpected = connector.connect(request, timeline).get(seconds, TimeUnit.SECONDS);
            synchronized (opened) {
                opened.add(unexpected);
            }
            throw new AssertionError("the connection opened, but it should have failed");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("connect neither opened nor failed within " + seconds + " s", e);
        }
    }

    @Override
    public void close() {
        synchronized (opened) {
            for (LiveConnection connection : opened) {
                if (connection.isOpen()) {
                    try {
                        connection.close(1000, "");
                        connection.closed().get(5, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        // the test is over; the server stop below drops the socket anyway
                    }
                }
            }
        }
        executor.shutdownNow();
        server.close();
    }
}
