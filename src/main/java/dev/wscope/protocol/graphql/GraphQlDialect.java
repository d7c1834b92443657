package dev.wscope.protocol.graphql;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two ways GraphQL runs over WebSocket, each named by its subprotocol: graphql-transport-ws (the graphql-ws
 * library, the current one) and graphql-ws (subscriptions-transport-ws, the legacy one). They share
 * connection_init/connection_ack, but start, stop, data and ka are the legacy's words for subscribe, complete, next
 * and the server's keep-alive.
 */
public enum GraphQlDialect {
    TRANSPORT_WS("graphql-transport-ws", "subscribe", "complete"),
    LEGACY("graphql-ws", "start", "stop");

    private final String subprotocol;
    private final String subscribeType;
    private final String completeType;

    GraphQlDialect(String subprotocol, String subscribeType, String completeType) {
        this.subprotocol = subprotocol;
        this.subscribeType = subscribeType;
        this.completeType = completeType;
    }

    /**
     * The subprotocols offered, legacy first: subscriptions-transport-ws (on ws 7, which takes the client's first)
     * closes with 1002 when graphql-transport-ws is offered first, while graphql-ws picks graphql-transport-ws
     * wherever it is in the list.
     */
    public static final List<String> OFFERED = List.of(LEGACY.subprotocol, TRANSPORT_WS.subprotocol);

    public String subprotocol() {
        return subprotocol;
    }

    /** The type of the client's message that starts an operation: subscribe, or the legacy start. */
    public String subscribeType() {
        return subscribeType;
    }

    /** The type of the client's message that ends an operation: complete, or the legacy stop. */
    public String completeType() {
        return completeType;
    }

    public static Optional<GraphQlDialect> bySubprotocol(String subprotocol) {
        return Arrays.stream(values()).filter(dialect -> dialect.subprotocol.equals(subprotocol)).findFirst();
    }
}
