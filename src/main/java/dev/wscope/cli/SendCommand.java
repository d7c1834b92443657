package dev.wscope.cli;

import dev.wscope.core.diagnosis.Audience;
import dev.wscope.core.diagnosis.Setting;
import dev.wscope.core.payload.PayloadException;
import dev.wscope.core.payload.PingPayload;
import dev.wscope.core.request.ConnectRequest;
import dev.wscope.core.timeline.ClosedBy;
import dev.wscope.core.timeline.SessionTimeline;
import dev.wscope.core.timeline.TimelineEntry;
import dev.wscope.core.timeline.TimelineEvent;
import dev.wscope.engine.ConnectFailure;
import dev.wscope.engine.Failures;
import dev.wscope.engine.WebSocketConnector;
import dev.wscope.protocol.ProtocolConnection;
import dev.wscope.protocol.ProtocolConnector;
import dev.wscope.protocol.ProtocolRejected;
import dev.wscope.session.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Connects, sends the messages in order, waits, closes with 1000 and prints the session timeline.",
            "Example: wscope send ws://127.0.0.1:8765/echo -m text:hello -m hex:00ff10 --json",
            "A saved request, with its protocol and messages: wscope send --collection api.json --request Chat --env staging"})
final class SendCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "URL", description = "ws:// or wss:// address (or a saved"
            + " request: --collection FILE --request NAME)")
    String url;

    @Mixin
    SavedRequestOptions saved;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    ProtocolOptions protocol;

    @Option(names = {"-m", "--message"}, paramLabel = "FORMAT:PAYLOAD",
            description = {"message to send (repeatable); FORMAT is text, json, xml, html, base64 or hex;",
                "under --protocol also the protocol's VERB:ARG (emit:[\"chat\",\"hi\"], subscribe:/topic/x ...)"})
    List<String> messages = new ArrayList<>();

    @Option(names = "--ping", paramLabel = "PAYLOAD", description = "ping to send after the messages (repeatable):"
            + " text, or hex:00ff10, base64:AP8Q; at most 125 bytes; its pong shows the round-trip time")
    List<String> pings = new ArrayList<>();

    @Option(names = "--inhibit-pongs", description = "leave the server's pings unanswered, to see how it takes"
            + " a pong that never comes (they still show as ping in)")
    boolean inhibitPongs;

    @Option(names = "--wait", paramLabel = "S", description = "seconds to wait after sending (default ${DEFAULT-VALUE}),"
            + " less if the server closes first")
    double waitSeconds = 1;

    @Option(names = "--json", description = "print the timeline as NDJSON, one event a line")
    boolean json;

    @Option(names = "--quiet", description = "print only a one-line summary of counts and the close code")
    boolean quiet;

    @Override
    public Integer call() throws InterruptedException {
        ConnectRequest request;
        try {
            SecondsOption.require("--wait", waitSeconds, true);
            if (saved.given() == (url != null)) {
                throw new IllegalArgumentException(url == null ? "give the ws:// address to connect to (URL), or a saved request"
                        + " (--collection FILE --request NAME)" : "give the address or a saved request, not both");
            }
            if (saved.given()) {
                SavedRequestOptions.Resolved resolved = saved.resolve();
                request = resolved.request();
                messages.addAll(0, resolved.messageSpecs());
            } else {
                request = connection.request(url);
                request = request.withOptions(request.options().withProtocol(protocol.setup()));
            }
            request = request.withOptions(request.options().withAutoPong(!inhibitPongs));
        } catch (IllegalArgumentException e) {
            return CommandErrors.badInput("send", e.getMessage());
        }
        Optional<String> problem = request.problem();
        List<Outgoing> outgoing = new ArrayList<>();
        List<byte[]> pingPayloads = new ArrayList<>();
        try {
            outgoing = Outgoing.parse(messages, request.options().protocol());
            for (String ping : pings) {
                pingPayloads.add(PingPayload.parseOption(ping));
            }
        } catch (PayloadException | IllegalArgumentException e) {
            problem = problem.or(() -> Optional.of(e.getMessage()));
        }
        if (problem.isPresent()) {
            return CommandErrors.badInput("send", problem.get());
        }
        SessionTimeline timeline = new SessionTimeline();
        // The summary needs only counts, which the timeline keeps while paused: a flood of millions of
        // messages then takes no memory (every one was kept: 6.45 GB for 30 M, and the deadline missed).
        timeline.setPaused(quiet);
        var executor = Executors.newSingleThreadExecutor();
        try {
            return run(new ProtocolConnector(new WebSocketConnector(executor)), request, outgoing, pingPayloads, timeline);
        } finally {
            executor.shutdownNow();
            new TimelinePrinter(System.out, json, quiet).print(timeline);
        }
    }

    private int run(ProtocolConnector connector, ConnectRequest request, List<Outgoing> outgoing,
                    List<byte[]> pingPayloads, SessionTimeline timeline) throws InterruptedException {
        Connection connection;
        try {
            connection = connector.connect(request, timeline).get();
        } catch (ExecutionException e) {
            return CommandErrors.failed("send", (e.getCause() instanceof ConnectFailure ? e.getCause().getMessage()
                    : String.valueOf(e.getCause())) + optionsFor(e.getCause()), e.getCause());
        }
        try {
            send(connection, outgoing, request.options().handshakeTimeoutMillis());
            for (byte[] payload : pingPayloads) {
                connection.ping(payload);
            }
            TimelineEvent.Closed closed = connection.closed().get((long) (waitSeconds * 1000), TimeUnit.MILLISECONDS);
            if (closed.by() == ClosedBy.NETWORK) {
                // no close frame: a script must not take a dropped connection for a finished exchange
                return CommandErrors.failed("send", dropped(closed, timeline));
            }
        } catch (TimeoutException e) {
            closeNormally(connection);
        } catch (ProtocolRejected e) {
            closeNormally(connection);
            return CommandErrors.failed("send", e.getMessage());
        } catch (Exception e) {
            return CommandErrors.failed("send", e.getMessage(), e);
        }
        // a refusal that came after the last message (a rejected subscription) fails the exchange too
        return rejection(timeline).map(words -> CommandErrors.failed("send", words)).orElse(0);
    }

    /**
     * The messages in order; under a protocol each waits (up to the handshake timeout) until the protocol is ready
     * for it, a raw frame too, so that it keeps its place among them.
     */
    private static void send(Connection connection, List<Outgoing> outgoing, long timeoutMillis) throws Exception {
        for (Outgoing item : outgoing) {
            if (connection instanceof ProtocolConnection spoken) {
                if (item instanceof Outgoing.Framed framed) {
                    spoken.send(framed.message(), timeoutMillis);
                    continue;
                }
                spoken.awaitReady(timeoutMillis);
            }
            connection.send(((Outgoing.Raw) item).message());
        }
    }

    /** The server's words of the first protocol refusal on the timeline, if any. */
    private static Optional<String> rejection(SessionTimeline timeline) {
        for (TimelineEntry entry : timeline.all()) {
            if (entry.event() instanceof TimelineEvent.Error error && ProtocolRejected.CAUSE.equals(error.cause())) {
                return Optional.of(error.message());
            }
        }
        return Optional.empty();
    }

    /** The drop, and why when the engine could tell (an idle timeout): the error line a script reads on stderr. */
    private static String dropped(TimelineEvent.Closed closed, SessionTimeline timeline) {
        int size = timeline.size();
        TimelineEvent last = size == 0 ? null : timeline.get(size - 1).event();
        return "the connection dropped without a close frame (" + closed.code() + ")"
                + (last instanceof TimelineEvent.Error why ? ": " + why.message() : "");
    }

    /** The options that would have helped, named after the engine's words (which the window shares). */
    private static String optionsFor(Throwable failure) {
        if (!Failures.untrustedCertificate(failure)) {
            return "";
        }
        return " (trust it: " + Setting.CA_FILE.in(Audience.COMMAND_LINE) + " or "
                + Setting.TRUSTED_CERTIFICATE.in(Audience.COMMAND_LINE, "SHA256") + "; or skip every check: "
                + Setting.NO_CERTIFICATE_CHECKS.in(Audience.COMMAND_LINE) + ")";
    }

    private static void closeNormally(Connection connection) throws InterruptedException {
        try {
            connection.close(1000, "");
            connection.closed().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            // the closed event (or its absence) is on the timeline that gets printed
        }
    }
}
