package dev.wscope.bench;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;

/** The baseline: a Tyrus client that only counts what arrives (with the idle-timer fix), nothing else. */
final class BareTyrusClient {
    /**
     * -Dbench.barePartial: partial message handlers, as the window's engine has (see TimelineEndpoint), in place
     * of the whole-message ones the baseline has; how much the window's own layers cost, engine aside.
     */
    private static final boolean PARTIAL_HANDLERS = Boolean.getBoolean("bench.barePartial");

    private BareTyrusClient() {
    }

    /**
     * The client's own process (see BareClientProcess): receives the flood of each address read from the
     * input, one a line, and prints its figures on a line of their own.
     */
    public static void main(String[] args) throws Exception {
        BufferedReader urls = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String url = urls.readLine(); url != null; url = urls.readLine()) {
            FloodResult flood = receive(url);
            System.out.println(BareClientProcess.RESULT + flood.messages() + " " + flood.bytes() + " " + flood.seconds()
                    + " " + flood.cpuSeconds());
        }
    }

    /** Receives a flood until its "__END__" and returns the messages and bytes counted and the seconds taken. */
    static FloodResult receive(String url) throws Exception {
        ClientManager client = ClientManager.createClient();
        client.getProperties().put(ClientProperties.INCOMING_BUFFER_SIZE, 80 * 1024 * 1024);
        AtomicLong messages = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch end = new CountDownLatch(1);
        long[] start = new long[1];
        Endpoint endpoint = new Endpoint() {
            @Override
            public void onOpen(Session session, EndpointConfig config) {
                session.setMaxIdleTimeout(-1);
                session.setMaxTextMessageBufferSize(80 * 1024 * 1024);
                session.setMaxBinaryMessageBufferSize(80 * 1024 * 1024);
                start[0] = System.nanoTime();
                Consumer<String> text = message -> {
                    if (message.equals("__END__")) {
                        end.countDown();
                    } else {
                        messages.incrementAndGet();
                        bytes.addAndGet(message.length());
                    }
                };
                Consumer<ByteBuffer> binary = buffer -> {
                    messages.incrementAndGet();
                    bytes.addAndGet(buffer.remaining());
                };
                if (PARTIAL_HANDLERS) { // the floods send every message in one frame: each piece is a whole message
                    session.addMessageHandler(String.class, (MessageHandler.Partial<String>) (piece, last) -> text.accept(piece));
                    session.addMessageHandler(ByteBuffer.class, (MessageHandler.Partial<ByteBuffer>) (piece, last) ->
                            binary.accept(piece));
                } else {
                    session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text::accept);
                    session.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) binary::accept);
                }
            }
        };
        long cpuBefore = ThreadCpu.process();
        Session session = client.connectToServer(endpoint, ClientEndpointConfig.Builder.create().build(), URI.create(url));
        if (!end.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the flood did not end within 300 s");
        }
        double seconds = (System.nanoTime() - start[0]) / 1e9;
        double cpuSeconds = (ThreadCpu.process() - cpuBefore) / 1e9;
        session.close();
        client.shutdown();
        return new FloodResult(messages.get(), bytes.get(), seconds, cpuSeconds);
    }
}
