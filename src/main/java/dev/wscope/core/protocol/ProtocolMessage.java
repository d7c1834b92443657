package dev.wscope.core.protocol;

import java.util.Optional;

/**
 * A message as a user composes it in a protocol's terms: a verb and its argument, as `-m VERB:ARG` writes it
 * (emit:["chat","hi"], subscribe:/topic/prices, perform:{"action":"speak"}). Saved as such in collections, so
 * a saved message keeps its protocol form; the protocol frames it when it is sent.
 */
public record ProtocolMessage(String verb, String argument) {
    public ProtocolMessage {
        argument = argument == null ? "" : argument;
    }

    /** VERB:ARG split at its first colon; empty when there is none. */
    public static Optional<ProtocolMessage> parse(String spec) {
        int colon = spec.indexOf(':');
        return colon <= 0 ? Optional.empty()
                : Optional.of(new ProtocolMessage(spec.substring(0, colon), spec.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return verb + ":" + argument;
    }
}
