package dev.wscope.protocol.graphql;

import java.util.Map;
import java.util.Optional;

/**
 * The close codes by which a GraphQL server refuses (graphql-ws's CloseCode, which its protocol document
 * defines), in words: the code and its name, the server's own reason, what it means and what to try.
 */
final class GraphQlRefusal {
    /** means: a sentence; toTry: what follows "Try". */
    private record Meaning(String name, String means, String toTry) {
    }

    private static final String INIT = "the payload it expects in connection_init (--init), e.g. --init '{\"token\": \"...\"}'";

    private static final Map<Integer, Meaning> CODES = Map.of(
            4400, new Meaning("Bad Request", "It received a message it could not read or did not expect",
                    "send the protocol's own messages (subscribe:{\"query\": \"...\"}, complete:ID) rather than raw frames"),
            4401, new Meaning("Unauthorized", "It does not let this connection run operations (a subscribe before its"
                    + " connection_ack, or credentials missing from connection_init)", INIT),
            4403, new Meaning("Forbidden", "It refused connection_init's payload", INIT),
            4406, new Meaning("Subprotocol not acceptable", "It does not speak the subprotocol it was offered",
                    "offer only graphql-transport-ws (--subprotocol graphql-transport-ws)"),
            4408, new Meaning("Connection initialisation timeout", "Wscope's connection_init did not reach it in time (graphql-ws"
                    + " waits 3 s by default)", "send connection_init sooner: a proxy or a slow link delayed it;"
                    + " or raise the server's connectionInitWaitTimeout"),
            4409, new Meaning("Subscriber already exists", "An operation with that id is still running",
                    "complete it first (complete:ID), or let subscribe: give the next id"),
            4429, new Meaning("Too many initialisation requests", "A connection_init came more than once",
                    "send it once: Wscope sends it itself, so add no raw connection_init"),
            4499, new Meaning("Terminated", "It ended the session", "connect again"),
            4500, new Meaning("Internal server error", "It failed while serving this connection",
                    "its reason and its log tell why"));

    private GraphQlRefusal() {
    }

    /** The refusal a close code names, in words; empty for a code that is none (1000, 1001 ...). */
    static Optional<String> ofClose(int code, String reason) {
        Meaning meaning = CODES.get(code);
        if (meaning == null) {
            return Optional.empty();
        }
        String theirs = reason == null || reason.isBlank() ? "" : ": \"" + reason + "\"";
        return Optional.of("The GraphQL server closed the connection with " + code + " " + meaning.name() + theirs
                + ". " + meaning.means() + ". Try " + meaning.toTry() + ".");
    }

    /** The legacy protocol's connection_error, which answers a connection_init its server refused. */
    static String ofConnectionError(String words) {
        return "The GraphQL server refused connection_init (connection_error)" + (words.isEmpty() ? "" : ": \"" + words + "\"")
                + ". Try " + INIT + ".";
    }
}
